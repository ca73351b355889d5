"""Getting the operator's attention and keeping the alarm load in view: sounds per priority
with repeat and mute, tray notifications, the unacknowledged-alert badge, the alarm-load panel
and the shift handover (dialog and PDF)."""
