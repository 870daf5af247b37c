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
    <name>IncidentPage</name>
    <message>
        <source>When an account is taken over, faked or abused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4 · What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4 · Do these now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4 · Details for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4 · Documents to print and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot sign in any more, if someone pretends to be you, or if your account sends your friends requests for money: this guide tells you what to do first, then writes the report to the police, the school&apos;s letter, the text for the provider and a warning to your contacts, ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: something happened to one of my accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents are kept only on this computer, readable only by your user account, and are never part of the report for the IT lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident recorded. We hope it stays that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this incident and everything typed in it from this computer? Documents already written to a folder are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the profile, ID, phone number or e-mail of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: what to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions and the most likely case is chosen for you; you can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your answers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: details for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work from a computer or phone you trust. Tick each step when it is done: the time is written into the incident and into the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police report needs who you are and what happened. Fill in what you know; an empty field becomes a dotted line to fill in by hand. This stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID (CCCD) number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace (school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link, ID or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown on the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or e-mail registered on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the fake account (if someone impersonates you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket or case number from the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name for the date line (e.g. Nha Trang)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know when it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words: what changed, what was sent in your name, to whom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage: money lost (to whom, how much), harm done. Leave empty if not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshots, links and copied messages. Files are not copied: their fingerprint (SHA-256) is recorded so nobody can say they were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file or screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copied message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: what to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue: documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the documents, then write them all at once. Print them, sign them, and take the police report to the ward or commune police or send it through VNeID. The school&apos;s letter goes to the head of the school for signature and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the police (Đơn trình báo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s official letter (công văn) to the education department and the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for the provider&apos;s report form, with its address as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning to your contacts (post or message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the head of unit and the IT lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also blank forms (police report and letter) to fill in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print</source>
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
    <message>
        <source>Account taken over or faked?</source>
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
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
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
