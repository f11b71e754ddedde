"""Windows for the lesson itself: the text shown on the projector (Show in class)."""
