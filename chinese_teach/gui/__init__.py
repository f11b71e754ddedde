"""The Qt Widgets application: window, pages, dialogs, background tasks."""
