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
    <name>DashboardPage</name>
    <message>
        <source>School readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the staff reports collected from your schools and offices say: who has reported, which checks are done, where help is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another report store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reports collected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a report store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report store (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff reported (of those expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale / not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average score (a first impression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open account incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the checks by unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Excel and other spreadsheets: Vietnamese shows correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the organisation&apos;s profile allows listing people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department report, PDF (A4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is the share of people who have done the check (stale ones not counted); the darker the cell, the more is left to do. ★ marks checks the organisation requires. Double-click a cell or press Enter to see the people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend over 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People by score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score at each week&apos;s end; under it, people who had reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report store: %1 (not there yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff send their self-check reports to you in one of two ways. On a computer of the school network, run &lt;b&gt;auditor serve&lt;/b&gt;: staff who joined your organisation send their reports to it from the &quot;My school&quot; page. Or collect the report files they export (File → Export report) in a folder and run &lt;b&gt;auditor readiness import&lt;/b&gt; with that folder. Either way the reports are kept in %1, and this page shows them. If they are kept elsewhere, open that file with &quot;Open another report store…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report store cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation profile cannot be used (%1), so units are the ones the reports name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation profile in the data folder, so units are the ones the reports name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report store: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s profile allows listing people: a cell&apos;s people are shown when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s profile does not allow listing people: the dashboard shows counts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) made under another organisation profile are not counted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s profile does not allow listing people, so only the counts are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: the required platform is not in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Other units (not in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1 · stale %2 · open %3 · not done %4 · not applicable %5 · risk accepted %6 · missing %7 (of %8 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see the people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required by the organisation)</source>
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
    <message>
        <source>My school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>My school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile on this computer cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school&apos;s IT lead can collect everyone&apos;s readiness: which accounts are protected and which checks are done, so they know whom to help first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passwords, the reasons you typed and the details of any incident never leave this computer. To take part, use the profile your IT lead gave you: a file or a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile (IT lead)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the IT lead: create a profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your new unit. You stay the same person for your IT lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your unit to join. Your reports then go to your organisation&apos;s IT lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your name and e-mail, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your name, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your e-mail, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reports will carry your unit, a random number that stands for you (not your name), and for each account its score and which checks are done and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets your unit and the random number that stands for you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have left the organisation. You can join again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have joined %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random number that stands for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your e-mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your reports say about you: %1; your unit; for each account its score and which checks are done and when; how many incidents are open. Never your passwords, the reasons you typed or incident details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report sent on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not sent a report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new report is due: your IT lead asks for one every %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same report as a file, to hand over on a USB stick when there is no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave / change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is off: your IT lead&apos;s profile names no collector. Save the report to a file and hand it over instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code your IT lead sent you (it begins with AAP1-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was not imported:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgProfileEditor</name>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; staff reports carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each school or office that reports: staff choose theirs when they join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the dashboard singles out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff send a fresh report every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report counts as out of date after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report always carries a random number for the person, never their passwords or the reasons they typed. Ask for more only when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports carry the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports carry the person&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard may list people one by one (otherwise counts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer running “auditor serve” on the school network. Leave empty when staff hand in report files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by “auditor serve” when it starts: staff trust only this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile, to be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units, row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
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
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send my report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact data that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the exact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random number that stands for you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents: %1 (a count only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your passwords, or anything about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reasons you typed (only whether you gave one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident details: accounts, evidence, documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the links you checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Your IT lead&apos;s collector has stored your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The collector already had this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the collector&apos;s certificate is not the one your IT lead gave: do not send; call your IT lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the collector cannot be reached. Check that you are on the school&apos;s network, or save the report to a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the collector refused the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
