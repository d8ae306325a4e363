"""A real SMTP server (aiosmtpd) for the tests that kill the app while it sends.

Usage: python3 stalling_smtp.py PORT FOLDER

Every message it accepts is written to FOLDER/mail/<n>.eml. It can be told to hang, so that the test can kill the app
while the app waits for it:
  FOLDER/stall-before-data  holds an address (or * for every address): a message to it hangs before the server has
                            received anything;
  FOLDER/stall-after-data   holds an address (or *): a message to it is written to the folder, then the reply hangs
                            (the server has it, the app does not know).
Each hang adds a line to FOLDER/stalled, so the test knows how many senders are waiting. A hang ends when the test
deletes the file that caused it: the message then goes on as if nothing had happened.
"""
import asyncio
import os
import sys
import time

from aiosmtpd.controller import Controller


def stalls(folder, name, addresses):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return False
    stall = open(path).read().strip().lower()
    return any(stall in ("*", a.lower()) for a in addresses)


class Handler:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(os.path.join(folder, "mail"), exist_ok=True)

    async def hang(self, name):
        with open(os.path.join(self.folder, "stalled"), "a") as f:
            f.write(name + "\n")
        # Until the test deletes the stall file; an hour at most.
        for _ in range(36000):
            if not os.path.exists(os.path.join(self.folder, name)):
                return
            await asyncio.sleep(0.1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if stalls(self.folder, "stall-before-data", [address]):
            await self.hang("stall-before-data")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, "mail", f"{time.time_ns()}.eml")
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(name + ".part", name)
        if stalls(self.folder, "stall-after-data", envelope.rcpt_tos):
            await self.hang("stall-after-data")
        return "250 Message accepted for delivery"


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    controller = Controller(Handler(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("listening", flush=True)
    try:
        while True:
            time.sleep(1)
    finally:
        controller.stop()
