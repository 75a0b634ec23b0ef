"""The file families real exports showed we missed, each on a corpus file (tests/importing/
realworld/), through the command line or the engine: what is said, not only the figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.importing.columns import shown

HERE = Path(__file__).with_name("realworld")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _import(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, dict, str]:
    code = main(["--db", str(db), "import", *args, "--json"])
    out, err = capsys.readouterr()
    [obj] = json.loads(out)
    return code, obj, err


def _text(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "import", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _campaigns(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict]:
    assert main(["--db", str(db), "campaigns", "--json", "--channel", "all"]) == 0
    return json.loads(capsys.readouterr().out)


def test_dates_with_24_hour_times_are_dates_not_hidden_phone_numbers() -> None:
    for cell in ("02/04/2025 18:30", "2/28/17 16:31", "14.04.2025"):
        assert shown(cell) == cell
    assert shown("+44 7700 900123") == "(phone number hidden)"
    assert shown("06.12.34.56.78") == "(phone number hidden)"  # a French number, not a date


def test_report_period_beside_the_send_date_is_said(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _text(capsys, tmp_path / "c.sqlite",
                         str(HERE / "klaviyo-miir-custom-report.csv"), "--channel", "all")
    assert code == 0
    assert "Column 'Date' holds the report period ('Apr 16 2025 - Oct 16 2025')" in out
    assert "read from 'Send Date'" in out


@pytest.mark.parametrize("name", ["klaviyo-miir-flows-monthly.csv", "monthly-usage-report.csv"])
def test_a_file_of_periods_is_refused_saying_so(name: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _text(capsys, tmp_path / "c.sqlite", str(HERE / name))
    assert code == 2 and out == ""
    assert "holds totals per report period" in err and "not campaign sends" in err
    assert "This is not a date" not in err  # one sentence, not a problem per row


def test_send_hour_is_the_send_time_and_an_unreadable_one_is_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "nooma.tsv"
    text = (HERE / "klaviyo-nooma-campaigns.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    cells = lines[2].split("\t")
    cells[-1] = "afternoon"  # the second campaign's Send Hour
    lines[2] = "\t".join(cells)
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = _text(capsys, tmp_path / "c.sqlite", str(f), "--channel", "all")
    assert code == 0
    assert "Column 'Send Hour': 1 value is not a time of day (row 3)" in out
    times = {c["name"]: c["time"] for c in _campaigns(capsys, tmp_path / "c.sqlite")}
    assert times == {"Summer Flavor Highlight": "14:00", "World Chocolate Day": None,
                     "Lion's Mane": "14:00"}


def test_email_report_without_channel_column_is_email(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(HERE / "mailchimp-campaigns-2017-macroman.csv"))
    assert code == 2 and obj["reason"] == "only_other_channels"
    assert "(email); use --channel all to import them." in obj["problems"][-1]["message"]
    code, out, _ = _text(capsys, db, str(HERE / "mailchimp-campaigns-2017-macroman.csv"),
                         "--channel", "all")
    assert code == 0 and "are an email report's, so its rows are email campaigns" in out
    assert {c["channel"] for c in _campaigns(capsys, db)} == {"email"}


def test_a_subject_column_alone_makes_an_email_report(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # Mailchimp's campaign list: Title, Subject, Audience, Send Date, Total Recipients; no
    # opens, no channel column. A text message has no subject line: these are emails.
    db = tmp_path / "c.sqlite"
    f = str(HERE / "mailchimp-philly-bike-action-campaigns.csv")
    code, obj, _ = _import(capsys, db, f)
    assert code == 2 and obj["reason"] == "only_other_channels"
    code, out, _ = _text(capsys, db, f, "--channel", "all")
    assert code == 0 and "its columns (Subject) are an email report's" in out
    assert {c["channel"] for c in _campaigns(capsys, db)} == {"email"}


def test_a_type_column_that_holds_no_channels_is_said_not_dropped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _text(capsys, tmp_path / "c.sqlite",
                         str(HERE / "mailchimp-api-campaigns.csv"), "--channel", "all")
    assert code == 0
    assert "Column 'type' holds 'regular', which is not a channel" in out
    assert "1 campaign was never sent (status = paused): left out." in out


def test_type_sms_mms_sets_each_rows_channel(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(HERE / "dotdigital-sms-report.csv"))
    assert code == 0 and obj["rows_imported"] == 3
    channels = {c["name"]: c["channel"] for c in _campaigns(capsys, db)}
    assert channels == {"Spring Edit launch": "sms", "Easter weekend": "mms",
                        "Bank holiday reminder": "sms"}


def test_transport_not_sms_is_refused_with_that_reason(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite",
                             str(HERE / "vumi-go-ussd-messages.csv"))
    assert code == 2 and obj["reason"] == "not_text_messages"
    message = obj["problems"][-1]["message"]
    assert "a log of USSD messages (column 'transport_type'), not text messages" in message
    assert "problem" not in message


def test_shape_flag_overrides_the_guess(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    brevo = str(HERE / "brevo-sms-campaigns.csv")
    code, obj, _ = _import(capsys, tmp_path / "a.sqlite", brevo)
    assert code == 0 and obj["shape"] == "summary"  # an id and a status beside counts
    code, obj, _ = _import(capsys, tmp_path / "b.sqlite", brevo, "--shape", "messages")
    assert code == 2 and obj["shape"] == "messages"  # read as a log, as asked: it is not one
    log = str(HERE / "twilio-console-2019-outbound.csv")
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite", log, "--shape", "messages")
    assert code == 2 and obj["reason"] == "log_without_campaign"
    assert "--campaign NAME" in obj["problems"][-1]["message"]


def test_twilio_auto_answers_and_incoming_costs_are_said_apart(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _text(capsys, tmp_path / "c.sqlite",
                         str(HERE / "twilio-console-2025-three-directions.csv"),
                         "--campaign", "Fall Restock")
    assert code == 0
    assert "2 automatic answers to incoming texts (Direction = outbound-reply)" in out
    assert ("In this file automatic answers cost 0.0083 and incoming texts cost 0.0249: not "
            "counted in the campaign's cost.") in out


def test_money_in_another_currency_is_said_before_writing_and_the_user_chooses(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    eur = str(HERE / "hand-kept-eur.csv")
    code, obj, _ = _import(capsys, db, eur, "--currency", "USD")
    assert code == 2 and obj["reason"] == "currency_differs" and obj["import_id"] is None
    assert obj["currency"] == {"file": "EUR", "preferences": "USD", "differs": True}
    assert "--money drop" in obj["problems"][-1]["message"]
    assert _campaigns(capsys, db) == []  # nothing written
    code, obj, _ = _import(capsys, db, eur, "--currency", "USD", "--money", "drop")
    assert code == 0 and obj["rows_imported"] == 3
    assert {(c["revenue"], c["cost"]) for c in _campaigns(capsys, db)} == {(None, None)}
    code, obj, _ = _import(capsys, tmp_path / "eur.sqlite", eur, "--currency", "eur")
    assert code == 0 and obj["currency"] == {"file": "EUR", "preferences": "EUR",
                                             "differs": False}


def test_one_stray_byte_is_read_alone_and_its_row_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    code, out, _ = _text(capsys, db, str(HERE / "hand-kept-utf8-stray-byte.csv"))
    assert code == 0
    assert "The file is UTF-8 except on row 5" in out
    names = {c["name"] for c in _campaigns(capsys, db)}
    assert names == {"Café Crème Week", "Rosé Rendezvous", "Galette des Rois",
                     "Valentine’s Teaser"}  # no "Ã©" anywhere


def test_a_late_stray_byte_past_the_sample_is_read_too(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The stray byte beyond the first megabyte the encoding is decided from."""
    f = tmp_path / "big.csv"
    src = (HERE / "hand-kept-utf8-stray-byte.csv").read_bytes().splitlines(keepends=True)
    head, rows, stray = src[0], src[1:4], src[4]
    body = b"".join(f"W{i} ".encode() + rows[i % 3] for i in range(25_000))
    f.write_bytes(head + body + stray)
    assert f.stat().st_size > 1 << 20
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite", str(f), "--dry-run")
    assert code == 0 and obj["detected"]["encoding"] == "utf-8", obj["problems"][:1]


def test_mac_roman_decodes_right(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(HERE / "mailchimp-campaigns-2017-macroman.csv"),
                           "--channel", "all")
    assert code == 0 and obj["detected"]["encoding"] == "mac_roman"
    names = {c["name"] for c in _campaigns(capsys, db)}
    assert names == {"March café news", "Crêpe day", "St Patrick’s brunch"}


def test_every_refusal_of_the_corpus_reaches_the_dialog_without_a_flag(tmp_path: Path) -> None:
    """The engine's own sentences (before any front end words them) name no flag."""
    from smsplanner.services.importer import import_file
    from smsplanner.storage.db import open_db

    conn = open_db(tmp_path / "c.sqlite")
    for name in sorted(p.name for p in HERE.iterdir() if p.name != "SOURCES.md"):
        copy = tmp_path / name
        shutil.copy(HERE / name, copy)
        r = import_file(conn, copy, dry_run=True, currency="USD")
        for sentence in [r.message, *r.notes, *(p.message for p in r.problems)]:
            assert "--" not in str(sentence), (name, sentence)


def test_a_repeated_message_id_counts_once_in_the_figures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "log.csv"
    f.write_text("Sid,Status,SentDate,Direction,Price,PriceUnit,Body\n"
                 "SM1,delivered,2025-01-02T10:00:00Z,outbound-api,-0.0079,USD,Hi\n"
                 "SM2,sent,2025-01-02T10:00:01Z,outbound-api,-0.0079,USD,Hi\n"
                 "SM2,delivered,2025-01-02T10:00:01Z,outbound-api,-0.0079,USD,Hi\n"
                 "SM3,failed,2025-01-02T10:00:02Z,outbound-api,,USD,Hi\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(f), "--campaign", "X")
    assert code == 0 and (obj["rows_read"], obj["rows_imported"], obj["rows_skipped"]) == (4, 3, 1)
    [c] = _campaigns(capsys, db)
    assert (c["sent"], c["delivered"], c["cost"]) == (3, 2, pytest.approx(0.0158))


def test_identical_rows_without_message_ids_are_separate_sends(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The E-Sentinel log has no Sid and no To column: four alerts sent in the same two
    # seconds are four texts (to several contacts), and a second import changes nothing.
    db = tmp_path / "c.sqlite"
    f = str(HERE / "twilio-console-esentinel-sos.csv")
    code, obj, _ = _import(capsys, db, f, "--campaign", "SOS alerts")
    assert code == 0 and obj["rows_imported"] == obj["rows_read"] == 35
    code, obj, _ = _import(capsys, db, f, "--campaign", "SOS alerts")
    assert obj["duplicate_of"] == 1
    [c] = _campaigns(capsys, db)
    assert c["sent"] == 35


def test_a_report_without_a_name_column_is_named_by_its_subject(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Sender.net's API list: campaign_id, subject, sent_time (a date and time), counts.
    db = tmp_path / "c.sqlite"
    code, out, _ = _text(capsys, db, str(HERE / "sendernet-bbcn-campaigns.csv"), "--channel",
                         "all")
    assert code == 0, out
    assert "each campaign is named by its subject (column 'subject')" in out
    got = {c["name"]: (c["date"], c["time"]) for c in _campaigns(capsys, db)}
    assert got["BBCN Connect - Call for Items"] == ("2026-08-19", "22:01")


def test_empty_subjects_do_not_name_campaigns(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    # Every Subject is empty in this Mailchimp API list: the user is asked for a name column.
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite",
                           str(HERE / "mailchimp-archiebos-api-campaigns.csv"), "--channel", "all")
    assert code == 2 and "no campaign name column" in obj["problems"][0]["message"]


def test_a_twilio_log_of_whatsapp_messages_is_refused_as_not_text_messages(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # No channel column: the addresses say it ('whatsapp:+1312...').
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite",
                           str(HERE / "twilio-console-lavpop-whatsapp.csv"), "--campaign", "X")
    assert code == 2 and obj["reason"] == "not_text_messages"
    assert "log of WhatsApp messages" in obj["problems"][-1]["message"]



@pytest.mark.parametrize(("header", "row", "delivered"), [
    # SMSAPI.pl's own words (the real file in the corpus), then a German and a Spanish log.
    ("SMS Id;Do;Koszt;Części;Data wysyłki;Status;Wiadomość",
     "{i};4477009001{i:02d};0,1600;1;06.03.2026 09:27:{i:02d};{s};Promocja", "Dostarczona"),
    ("Nachrichten-ID;Empfänger;Preis;Teile;Versanddatum;Status;Nachricht",
     "{i};4477009001{i:02d};0,1600;1;06.03.2026 09:27:{i:02d};{s};Angebot", "zugestellt"),
    ("ID del mensaje;Destinatario;Precio;Partes;Fecha de envío;Estado;Mensaje",
     "{i};4477009001{i:02d};0,1600;1;06/03/2026 09:27:{i:02d};{s};Oferta", "Entregado"),
])
def test_a_log_in_the_shops_language_counts_sends_deliveries_and_cost(
        header: str, row: str, delivered: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    statuses = [delivered] * 4 + ["Niedostarczona"]  # one status the engine must not count
    lines = [header] + [row.format(i=i, s=s) for i, s in enumerate(statuses, start=10)]
    path = tmp_path / "log.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(path), "--campaign", "Marzec")
    assert code == 0 and obj["problems"] == [] and obj["shape"] == "messages"
    [c] = _campaigns(capsys, db)
    assert (c["date"], c["time"], c["sent"], c["delivered"]) == ("2026-03-06", "09:27", 5, 4)
    assert c["cost"] == pytest.approx(0.8)
    assert c["message"] is not None


def test_a_file_that_is_not_campaigns_is_refused_saying_what_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A provider's price list (real, in the corpus) and a contact list: no column is a
    # campaign's or a message's, so there is nothing to fix and no bad row to skip.
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("First Name,Last Name,Email,Tags\nAda,Lovelace,ada@example.com,vip\n",
                        encoding="utf-8")
    for path, columns in ((HERE / "plivo-sms-rate-card.csv", "Country, Country ISO"),
                          (contacts, "First Name, Last Name, Email, Tags")):
        db = tmp_path / f"{path.stem}.sqlite"
        code, obj, _ = _import(capsys, db, str(path))
        assert code == 2 and obj["reason"] == "not_campaigns" and obj["import_id"] is None
        message = obj["problems"][-1]["message"]
        assert message.startswith(f"{path.name} has none of the columns of a campaign report")
        assert columns in message and "--skip-bad-rows" not in message
        assert "--map FIELD=COLUMN" in message
    # A column chosen by the user is a campaign column: the file is read, not refused.
    code, obj, _ = _import(capsys, tmp_path / "m.sqlite", str(contacts), "--map",
                           "name=Tags")
    assert obj["reason"] != "not_campaigns"


def test_the_dialog_words_not_campaigns_without_a_flag() -> None:
    from smsplanner.domain.imports import Said
    from smsplanner.ui.imports.words import say as gui_say

    said = Said("not_campaigns", "engine sentence", file="rates.csv", columns="Country")
    worded = gui_say(said)
    assert worded.startswith("rates.csv has none of the columns") and "--" not in worded


def test_the_currency_of_a_header_without_brackets_is_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "report.csv"
    path.write_text("Campaign,Date,Sent,Revenue EUR\nSpring,2026-03-02,100,250.00\n",
                    encoding="utf-8")
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite", str(path))
    assert code == 0 and obj["currency"]["file"] == "EUR"
    code, obj, _ = _import(capsys, tmp_path / "s.sqlite",
                           str(HERE / "aws-sns-sms-usage-report.csv"), "--campaign", "SNS")
    assert code == 0 and obj["currency"]["file"] == "USD"


def test_a_message_in_several_billed_parts_is_one_send_costing_all_its_parts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Amazon SNS's usage report (as in the corpus file) with one message sent in two parts:
    # one row per part, same MessageId, each part priced.
    head = (HERE / "aws-sns-sms-usage-report.csv").read_text(encoding="utf-8").splitlines()
    two_parts = [
        "2020-05-10T03:01:00.000Z,5f0c0000-0000-4000-8000-000000000001,+11XXX5550101,"
        "Promotional,Message has been accepted by phone carrier,0.00645,0,2",
        "2020-05-10T03:01:00.000Z,5f0c0000-0000-4000-8000-000000000001,+11XXX5550101,"
        "Promotional,Message has been accepted by phone carrier,0.00645,1,2"]
    path = tmp_path / "sns.csv"
    path.write_text("\n".join(head + two_parts) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    code, obj, _ = _import(capsys, db, str(path), "--campaign", "SNS")
    assert code == 0 and obj["rows_read"] == 5 and obj["problems"] == []
    [c] = _campaigns(capsys, db)
    assert (c["sent"], c["delivered"]) == (4, 4)
    assert c["cost"] == pytest.approx(0.90084 + 0.34322 + 0.27815 + 2 * 0.00645)
    code, out, _ = _text(capsys, tmp_path / "t.sqlite", str(path), "--campaign", "SNS")
    assert "1 row is a further part of a longer message (column 'PartNumber')" in out


def test_a_call_log_is_refused_as_phone_calls_not_read_as_texts(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A real Twilio Voice export (in the corpus) looks like a message log: From, Status, Price,
    # Date Created. Its statuses (busy, no-answer, completed) say calls.
    code, obj, _ = _import(capsys, tmp_path / "a.sqlite",
                           str(HERE / "twilio-voice-call-log.csv"))
    assert code == 2 and obj["reason"] == "not_text_messages" and obj["import_id"] is None
    message = obj["problems"][-1]["message"]
    assert "is a log of phone calls (column 'Status': busy, completed, no-answer)" in message
    # A call-only column says it too, whatever the statuses.
    calls = tmp_path / "calls.csv"
    calls.write_text("Sid,From,To,Status,Duration,Start Time,Price\n"
                     "CA01,+13125550100,+13125550101,failed,0,2026-05-01 10:00:00,0\n",
                     encoding="utf-8")
    code, obj, _ = _import(capsys, tmp_path / "b.sqlite", str(calls))
    assert obj["reason"] == "not_text_messages" and "column 'Duration'" in \
        obj["problems"][-1]["message"]
    # Texts that all failed are still texts.
    texts = tmp_path / "texts.csv"
    texts.write_text("Sid,From,To,Status,SentDate,Price\n"
                     "SM01,+13125550100,+13125550101,failed,2026-05-01 10:00:00,0\n",
                     encoding="utf-8")
    code, obj, _ = _import(capsys, tmp_path / "c.sqlite", str(texts), "--campaign", "May")
    assert code == 0 and obj["reason"] is None
