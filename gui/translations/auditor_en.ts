<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app walks you through making each of your accounts harder to take over: one short list per account, with the exact settings page one click away. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which accounts do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every account you have. The first two are not accounts but decide the safety of all the others, so keep them ticked. You can change this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I also manage a page, group or channel here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one account to begin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: not yet fully confirmed against the provider&apos;s help pages. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (as of %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doesn&apos;t &amp;apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the &amp;risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: I don&apos;t use this feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only what is left to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCheckPage</name>
    <message>
        <source>Is this link safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or message to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: https://vietcombank-xacminh.xyz/dang-nhap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link, or a whole message you received, and press Check. Nothing is sent anywhere: the check runs on this computer. The site is contacted only if you press &quot;Check online&quot; on a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked recently on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links checked recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to check a link again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will contact %1 and the pages it sends you to. Reading only; nothing about you is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking online…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Auditor – account safety self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report for the IT lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Account Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Account Auditor&lt;/b&gt; %1&lt;br&gt;Content as of %2.&lt;br&gt;&lt;br&gt;Your progress is kept only on this computer, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>How safe are your accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report for the IT lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses, dates and scores only: no passwords and none of the reasons you typed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Has my password leaked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password you use. This page says how hard it is to guess, and whether it appears in known data breaches. The password is not kept anywhere and the field is emptied after the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree: check online whether it has leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a downloaded list instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No internet? An IT lead can give you the Pwned Passwords list as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pwned Passwords list (HASH:COUNT, sorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record in my checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records only the date and the outcome, never the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List file: %1 (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked for leaks: tick the box above to check online, or choose a list file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
