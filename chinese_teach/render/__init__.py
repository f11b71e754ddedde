"""Rendering with QtGui only (no widgets): ruby layout, painting, PDF and PNG output."""
