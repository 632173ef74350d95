"""Speech from text with Debian's espeak-ng (Vietnamese voice), encoded small with ffmpeg.

MP3, mono, 16 kHz, 24 kbit/s: about 180 kB a minute, which a 2G/3G phone in a remote
commune fetches while the first sentence plays, and which every phone and browser plays
(Ogg Opus would be a third smaller but is not played by older iPhones' Safari). The
binaries are named by settings (`SPEECH_ESPEAK_BINARY`, `SPEECH_FFMPEG_BINARY`) so that
a server with them elsewhere, or a test without them, needs no code change.
"""

import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

VOICE = "vi"  # espeak-ng's Northern Vietnamese, the province's own
WORDS_PER_MINUTE = 150  # slower than espeak-ng's 175: the listeners are often elderly
BITRATE = "24k"
SAMPLE_RATE = "16000"
TIMEOUT_SECONDS = 300
FILE_EXTENSION = "mp3"
CONTENT_TYPE = "audio/mpeg"


class SpeechUnavailable(Exception):
    """espeak-ng or ffmpeg is missing, failed or hung: the audio waits for the next run."""


@dataclass(frozen=True)
class Speech:
    audio: bytes
    duration: float  # seconds


def voice_signature():
    """What, besides the text, decides the sound: part of the audio's key, so a new voice makes new files."""
    return f"espeak-ng:{VOICE}:{WORDS_PER_MINUTE}:mp3:{SAMPLE_RATE}:{BITRATE}"


def espeak_binary():
    return getattr(settings, "SPEECH_ESPEAK_BINARY", "espeak-ng")


def ffmpeg_binary():
    return getattr(settings, "SPEECH_FFMPEG_BINARY", "ffmpeg")


def run(command, **kwargs):
    try:
        # The command is a fixed list (binaries from settings); the text goes through stdin, never the command line.
        return subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT_SECONDS, **kwargs)  # noqa: S603
    except FileNotFoundError as error:
        raise SpeechUnavailable(f"{command[0]} is not installed: {error}") from error
    except subprocess.TimeoutExpired as error:
        raise SpeechUnavailable(f"{command[0]} took longer than {TIMEOUT_SECONDS} s") from error
    except subprocess.CalledProcessError as error:
        stderr = error.stderr.decode(errors="replace").strip()
        raise SpeechUnavailable(f"{command[0]} failed ({error.returncode}): {stderr[-500:]}") from error


def synthesise(text):
    """Speaks `text` (already normalised) and returns the MP3 and its duration; raises SpeechUnavailable."""
    with tempfile.TemporaryDirectory(prefix="speech-") as folder:
        wav, mp3 = Path(folder, "speech.wav"), Path(folder, f"speech.{FILE_EXTENSION}")
        # The text goes through stdin: no length limit and nothing the shell could read as an option.
        run(
            [espeak_binary(), "-v", VOICE, "-s", str(WORDS_PER_MINUTE), "-w", str(wav), "--stdin"],
            input=text.encode(),
        )
        with wave.open(str(wav)) as recording:
            duration = recording.getnframes() / recording.getframerate()
        run(
            [
                ffmpeg_binary(),
                *("-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav)),
                *("-ac", "1", "-ar", SAMPLE_RATE, "-c:a", "libmp3lame", "-b:a", BITRATE, str(mp3)),
            ]
        )
        return Speech(audio=mp3.read_bytes(), duration=duration)
