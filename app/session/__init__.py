"""The Qt side of a session: the state machine that runs a timeline against the clock."""
