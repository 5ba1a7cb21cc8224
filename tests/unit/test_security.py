"""Security basics: the Kafka connection's settings reach every client; nothing from a page is
fetched or executed; the board binds to loopback unless configured."""

from __future__ import annotations

import ssl
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer

import faust

from agents.text.pages import articles_from_page
from streams.broker import free_port
from streams.records import RawItem
from streams.security import client_options, faust_credentials
from streams.settings import Settings


def test_sasl_ssl_settings_pass_through_to_aiokafka_and_faust() -> None:
    settings = Settings(security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_username="wire", sasl_password="s3cret")
    options = client_options(settings)
    assert options["security_protocol"] == "SASL_SSL" and options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["sasl_plain_username"] == "wire" and options["sasl_plain_password"] == "s3cret"
    assert isinstance(options["ssl_context"], ssl.SSLContext)
    credentials = faust_credentials(settings)
    assert isinstance(credentials, faust.SASLCredentials) and credentials.username == "wire"
    assert "s3cret" not in repr(settings)  # secrets stay out of logs


def test_plaintext_is_the_default_and_adds_nothing() -> None:
    assert client_options(Settings()) == {} and faust_credentials(Settings()) is None


def test_web_board_binds_to_loopback_by_default() -> None:
    assert Settings().web_bind == "127.0.0.1"


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY x "pwned">')

    def log_message(self, *args: object) -> None:
        pass


def test_html_parsing_fetches_nothing_and_runs_nothing() -> None:
    port = free_port()
    server = HTTPServer(("127.0.0.1", port), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY ext SYSTEM "{base}/entity"> <!ENTITY % remote SYSTEM "{base}/dtd"> %remote;]>
<html><head><link rel="stylesheet" href="{base}/style.css"><script src="{base}/script.js"></script>
<script>document.title = "ran"</script><meta http-equiv="refresh" content="0;url={base}/refresh"></head>
<body><article><h1>عنوان الخبر</h1><img src="{base}/image.png"><iframe src="{base}/frame"></iframe>
<p>{'نص الخبر الرئيسي عن الاجتماع في القاهرة. ' * 20}</p><p>&ext;</p></article></body></html>"""
    raw = RawItem(item_id="x", source="x.html", content_type="html", text=page, encoding="utf-8", arrived_at=datetime.now(UTC))
    try:
        articles = articles_from_page(raw)
    finally:
        server.shutdown()
    assert _Recorder.hits == []  # no entity, DTD, stylesheet, script, image or frame was fetched
    text = " ".join(f"{a.title} {' '.join(a.paragraphs)}" for a in articles)
    assert "نص الخبر الرئيسي" in text  # the page itself was read
    assert "pwned" not in text and "ran" not in text and "document.title" not in text
