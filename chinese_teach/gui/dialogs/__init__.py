"""Dialogs: preferences, about, corpus build progress."""
