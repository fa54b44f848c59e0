// Colours by most serious violation; the same values as the --sev-* variables in app.css.
window.RR_COLORS = {
  "killing": "#b2182b",
  "torture": "#d6604d",
  "enforced disappearance": "#762a83",
  "arbitrary detention": "#2166ac",
  "kidnapping": "#e08214",
  "other": "#4d9221",
  "unknown": "#878787"
};
