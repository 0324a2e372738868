"""Running the stages beyond one process: sharded work and the Ray engine."""
