#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""A real SMTP server for the delivery tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 on a free port, prints "PORT <n>" on stdout once it accepts connections, and
writes each message it accepts to DIR/<n>.json as {"from", "to", "data", "tls", "login",
"mailOptions"} (mailOptions: the MAIL FROM parameters, such as "SMTPUTF8").

  smtp_sink.py --dir DIR [--tls-cert PEM --tls-key PEM [--implicit-tls]] [--user U --password P]
               [--refuse-rcpt] [--no-smtputf8]

With --tls-cert the server offers STARTTLS and requires it before MAIL, or with --implicit-tls
speaks TLS from the first byte (smtps); with --user it requires AUTH (PLAIN or LOGIN);
--refuse-rcpt answers 550 to every recipient. It offers SMTPUTF8 (RFC 6531) unless --no-smtputf8.
"""
import argparse
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult


class Sink:
    def __init__(self, folder, refuse_rcpt):
        self.folder = folder
        self.refuse_rcpt = refuse_rcpt
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_rcpt:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        login = session.auth_data.decode() if isinstance(session.auth_data, bytes) else session.auth_data
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "data": envelope.original_content.decode("utf-8", "replace"),
            "tls": server.transport.get_extra_info("ssl_object") is not None,
            "login": login,
            "mailOptions": envelope.mail_options,
        }
        path = os.path.join(self.folder, "%d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(path + ".tmp", path)  # whole files only, for a reader polling the folder
        return "250 Message accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--refuse-rcpt", action="store_true")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--no-smtputf8", action="store_true")
    args = parser.parse_args()

    tls_context = None
    if args.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.tls_cert, args.tls_key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
        return AuthResult(success=ok, auth_data=auth_data.login if ok else None)

    handler = Sink(args.dir, args.refuse_rcpt)

    def factory():
        return SMTP(
            handler,
            hostname="smtp-sink.test",
            tls_context=None if args.implicit_tls else tls_context,
            require_starttls=tls_context is not None and not args.implicit_tls,
            enable_SMTPUTF8=not args.no_smtputf8,
            authenticator=authenticate if args.user else None,
            auth_required=bool(args.user),
            auth_require_tls=tls_context is not None and not args.implicit_tls,
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(factory, "127.0.0.1", 0, ssl=tls_context if args.implicit_tls else None)
    )
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
