"""HTTP routes: the JSON API, the login flow, and the HTML pages."""
