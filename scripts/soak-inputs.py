#!/usr/bin/env python3
"""Writes the input script for scripts/soak.sh: random inputs for the kiosk's --script.

    soak-inputs.py INPUTS WIDTH HEIGHT [--seed N] [--mark-every N] [--pack-every N]

Counted as inputs: key presses, taps, touch press/move/release steps and audio device
flaps. Waits, notes and awaits are not. Every --mark-every inputs the script writes the
note "soak mark N" (N inputs played so far); every --pack-every inputs it writes
"soak pack K good" or "soak pack K broken" and awaits the kiosk's answer, while
soak.sh rewrites the pack (its version moved on by K) on seeing that note.
"""

import argparse
import random
import sys

# Every key the kiosk maps (kiosk/platform/key_mapping.cpp), and a few it ignores.
KEYS = (
    ["Up", "Down", "Left", "Right", "Tab", "Shift+Tab", "Return", "Escape", "Backspace", "Home", "Pause"]
    + ["F%d" % n for n in range(1, 12)]
    + ["Keypad %s" % k for k in "0123456789"]
    + ["Keypad .", "Keypad /", "Keypad *", "Keypad +", "Keypad -", "Keypad Enter"]
    + ["Alt+F4", "Ctrl+Q", "A", "Space"]
)
MOVES = ["Up", "Down", "Tab", "Keypad 2", "Keypad 8"]


class Writer:
    def __init__(self, out, total, mark_every, pack_every, rng):
        self.out, self.total, self.rng = out, total, rng
        self.mark_every, self.pack_every = mark_every, pack_every
        self.played = 0
        self.packs = 0

    def done(self):
        return self.played >= self.total

    def line(self, text):
        self.out.write(text + "\n")

    def wait(self, ms):
        self.line("wait %d" % ms)

    # One input, then a short pause so each is taken on its own loop turn.
    def input(self, text, pause=1):
        if self.done():
            return
        self.line(text)
        if pause:
            self.wait(pause)
        self.played += 1
        if self.played % self.mark_every == 0:
            self.line("note soak mark %d" % self.played)
        elif self.played % 1000 == 0:  # progress, for whoever follows the notes
            self.line("note soak at %d" % self.played)
        if self.pack_every and self.played % self.pack_every == 0:
            self.pack_update()

    # soak.sh writes pack K on the note; the kiosk shows it once untouched for
    # --update-idle, or refuses it when broken. Every fifth one is broken.
    def pack_update(self):
        self.packs += 1
        broken = self.packs % 5 == 0
        self.line("note soak pack %d %s" % (self.packs, "broken" if broken else "good"))
        if broken:
            self.line("await pack update refused")
        else:
            self.line("await pack updated to version")


def play(w, width, height):
    r = w.rng
    kind = r.random()
    if kind < 0.66:  # a key
        w.input("key " + r.choice(KEYS))
    elif kind < 0.76:  # a tap anywhere
        w.input("tap %d %d" % (r.randrange(width), r.randrange(height)))
    elif kind < 0.83:  # a finger exploring: down, a few slides, up
        x, y = r.randrange(width), r.randrange(height)
        w.input("press %d %d" % (x, y))
        for _ in range(r.randrange(1, 6)):
            x = min(width - 1, max(0, x + r.randint(-200, 200)))
            y = min(height - 1, max(0, y + r.randint(-200, 200)))
            w.input("move %d %d" % (x, y))
        w.input("release %d %d" % (x, y))
    elif kind < 0.91:  # settings: open, pick one, change it
        w.input("key " + r.choice(["F11", "Keypad /"]))
        for _ in range(r.randrange(0, 7)):
            w.input("key Down")
        for _ in range(r.randrange(1, 4)):
            w.input("key " + r.choice(["Left", "Right", "Keypad 4", "Keypad 6"]))
        if r.random() < 0.5:
            w.input("key Escape")
    elif kind < 0.95:  # a language, through the language screen
        w.input("key F11")
        w.input("key Return")
        for _ in range(r.randrange(0, 3)):
            w.input("key Down")
        w.input("key Return")
    elif kind < 0.97:  # say-all, heard for a while or cut short
        for _ in range(r.randrange(0, 4)):
            w.input("key " + r.choice(MOVES))
        w.input("key Return")
        w.input("key " + r.choice(["F2", "Keypad *"]), pause=r.choice([1, 1, 20, 400]))
    elif kind < 0.9975:  # a short pause (real time while speech is heard, so few)
        w.wait(r.choice([5, 20, 100]))
    elif kind < 0.9985:  # walking away: idle warning, reset, attract, invitations
        w.wait(r.choice([5000, 15000, 40000, 90000]))
    else:  # the sound device goes and comes back
        w.input("audio-removed", pause=r.choice([1, 200]))
        w.input("audio-added")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=int)
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mark-every", type=int, default=100000)
    parser.add_argument("--pack-every", type=int, default=10000)
    args = parser.parse_args()
    out = sys.stdout
    w = Writer(out, args.inputs, args.mark_every, args.pack_every, random.Random(args.seed))
    w.line("# %d random inputs, seed %d" % (args.inputs, args.seed))
    w.wait(500)
    w.line("note soak mark 0")
    while not w.done():
        play(w, args.width, args.height)
    w.wait(2000)
    w.line("note soak end")
    w.line("quit")


if __name__ == "__main__":
    main()
