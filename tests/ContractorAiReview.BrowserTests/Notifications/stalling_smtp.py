"""A real SMTP server (aiosmtpd) for the outbox crash test.

Usage: python3 stalling_smtp.py PORT FOLDER

Every message it accepts is written to FOLDER/mail/<n>.eml. It can be told to hang, so that the test can kill the app
while the app waits for it:
  FOLDER/stall-before-data  holds an address: a message to it hangs before the server has received anything;
  FOLDER/stall-after-data   holds an address: a message to it is written to the folder, then the reply hangs
                            (the server has it, the app does not know).
When it hangs it writes FOLDER/stalled, so the test knows the app is waiting.
"""
import asyncio
import os
import sys
import time

from aiosmtpd.controller import Controller


def stall_address(folder, name):
    path = os.path.join(folder, name)
    return open(path).read().strip().lower() if os.path.exists(path) else None


class Handler:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(os.path.join(folder, "mail"), exist_ok=True)

    async def hang(self):
        open(os.path.join(self.folder, "stalled"), "w").close()
        await asyncio.sleep(3600)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() == stall_address(self.folder, "stall-before-data"):
            await self.hang()
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, "mail", f"{time.time_ns()}.eml")
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content)
        os.rename(name + ".part", name)
        if any(a.lower() == stall_address(self.folder, "stall-after-data") for a in envelope.rcpt_tos):
            await self.hang()
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
