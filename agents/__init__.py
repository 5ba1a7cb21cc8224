"""Faust agents, one module per stage; importing this package registers them on the app."""
