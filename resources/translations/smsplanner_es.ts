<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>This file was already imported on {on} as import #{id}; importing it again would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money in this file is in {found} ({found_symbol}), but your amounts are shown in {preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for your amounts, or import this file without its revenue and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a per-message log without a campaign column: type the campaign&apos;s name in the box above, or choose the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no campaign name column: choose the column that holds it, or type a campaign name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no date column: choose the column that holds the day each campaign was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} for other channels ({channels}) left out: SMS Planner imports SMS and MMS campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: every row is for another channel than SMS ({channels}); SMS Planner imports SMS and MMS campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problems} found; nothing was imported. Fix the file and open it again, or import the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} Open your provider&apos;s campaign report instead (one row per send), or choose the column that holds the send date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no row could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Another currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {symbol} for my amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without revenue and cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
