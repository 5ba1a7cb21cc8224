"""Faust agents, one module per stage; ``agents.text`` holds their pure logic.

Importing this package registers nothing (so ``agents.text`` stays importable without
faust); ``streams.worker`` imports the stage modules.
"""
