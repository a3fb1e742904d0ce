"""Request building, one module per resource, I/O-free: each resource's bodies, their
validation against the spec and its answer checks. ``weshop/_async/<resource>.py`` (and its
generated sync twin) sends what ``weshop/_requests/<resource>.py`` builds."""
