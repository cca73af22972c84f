#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes click.wav, the heel-raise metronome's beat: 30 ms of a 1.8 kHz tone with a fast decay.

Run: python3 click.py > click.wav
"""
import math
import struct
import sys

RATE = 44100
SAMPLES = int(RATE * 0.030)
frames = b"".join(
    struct.pack("<h", int(26000 * math.exp(-i / (RATE * 0.006)) * math.sin(2 * math.pi * 1800 * i / RATE)))
    for i in range(SAMPLES))
header = b"RIFF" + struct.pack("<I", 36 + len(frames)) + b"WAVE"
header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, RATE, RATE * 2, 2, 16)
header += b"data" + struct.pack("<I", len(frames))
sys.stdout.buffer.write(header + frames)
