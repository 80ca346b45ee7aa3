"""Processing algorithms: each maps its parameters to a core call and its outputs."""
