"""Named window layouts: the model, the defaults, where windows go, and the store."""
