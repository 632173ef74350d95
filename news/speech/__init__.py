"""Listen to an article (Nghe đọc bài): Vietnamese speech audio of published content.

Elderly and low-literacy readers in remote communes listen rather than read. Publishing
writes a pending job (`jobs.queue`, in the editor's transaction, never failing it); the
minute job (`manage.py make_speech`) reads the live page's text (`text`), rewrites numbers,
dates and acronyms as words (`normalise`), speaks it with espeak-ng and encodes a small MP3
with ffmpeg (`synthesis`), and stores it under a name derived from the spoken text
(`storage`). Pages show the player only when audio of their current text exists
(`player`), and the audio is served only while the page is public (`views`).
"""
