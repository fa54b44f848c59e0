"""Incident resolution: is this article about an attack we already know?

One Splink model (Fellegi-Sunter, parameters estimated by EM) compares two articles'
extractions. ``features`` turns an extraction into the columns it compares, ``spec``
states the comparison levels once (as Splink levels and as plain Python), ``model``
scores pairs in Python with the saved model's weights (incremental attach), ``batch``
runs Splink predict + connected components over a whole file, ``train`` estimates the
parameters.
"""
