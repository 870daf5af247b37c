<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng bạn</translation>
    </message>
    <message>
        <source>This app walks you through making each of your accounts harder to take over: one short list per account, with the exact settings page one click away. Everything stays on this computer.</source>
        <translation>Ứng dụng hướng dẫn bạn từng bước để các tài khoản khó bị chiếm hơn: mỗi tài khoản một danh sách ngắn, trang cài đặt cần mở chỉ cách một lần bấm. Mọi thông tin chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Which accounts do you use?</source>
        <translation>Bạn đang dùng những tài khoản nào?</translation>
    </message>
    <message>
        <source>Tick every account you have. The first two are not accounts but decide the safety of all the others, so keep them ticked. You can change this later.</source>
        <translation>Hãy đánh dấu mọi tài khoản bạn có. Hai mục đầu tiên không phải là tài khoản nhưng quyết định sự an toàn của tất cả tài khoản khác, nên hãy giữ chúng. Bạn có thể thay đổi sau.</translation>
    </message>
    <message>
        <source>I also manage a page, group or channel here</source>
        <translation>Tôi quản trị trang, nhóm hoặc kênh ở đây</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Tick at least one account to begin.</source>
        <translation>Hãy chọn ít nhất một tài khoản để bắt đầu.</translation>
    </message>
</context>
<context>
    <name>CheckCard</name>
    <message>
        <source>Why it matters:</source>
        <translation>Vì sao cần làm:</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cách làm</translation>
    </message>
    <message>
        <source>On your phone</source>
        <translation>Trên điện thoại</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>Trên máy tính</translation>
    </message>
    <message>
        <source>Open the settings page</source>
        <translation>Mở trang cài đặt</translation>
    </message>
    <message>
        <source>In the app:</source>
        <translation>Trong ứng dụng:</translation>
    </message>
    <message>
        <source>Note: not yet fully confirmed against the provider&apos;s help pages. %1</source>
        <translation>Lưu ý: nội dung này chưa được đối chiếu đầy đủ với trang trợ giúp của nhà cung cấp. %1</translation>
    </message>
    <message>
        <source>Sources (as of %1): %2</source>
        <translation>Nguồn (cập nhật %1): %2</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Đã &amp;làm</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Chưa làm</translation>
    </message>
    <message>
        <source>Doesn&apos;t &amp;apply</source>
        <translation>&amp;Không áp dụng</translation>
    </message>
    <message>
        <source>Accept the &amp;risk</source>
        <translation>Chấp nhận &amp;rủi ro</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>For example: I don&apos;t use this feature</source>
        <translation>Ví dụ: Tôi không dùng tính năng này</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Marked on %1</source>
        <translation>Đánh dấu ngày %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Show only what is left to do</source>
        <translation>Chỉ hiện những việc còn phải làm</translation>
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
        <translation type="unfinished">Mở</translation>
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
        <translation type="unfinished">Điểm</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished">Sự cố đang mở</translation>
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
        <translation>Khi tài khoản bị chiếm, bị giả mạo hoặc bị lợi dụng</translation>
    </message>
    <message>
        <source>Step 1 of 4 · What happened?</source>
        <translation>Bước 1/4 · Chuyện gì đã xảy ra?</translation>
    </message>
    <message>
        <source>Step 2 of 4 · Do these now</source>
        <translation>Bước 2/4 · Việc cần làm ngay</translation>
    </message>
    <message>
        <source>Step 3 of 4 · Details for the documents</source>
        <translation>Bước 3/4 · Thông tin cho giấy tờ</translation>
    </message>
    <message>
        <source>Step 4 of 4 · Documents to print and send</source>
        <translation>Bước 4/4 · Giấy tờ để in và gửi</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <source>If you cannot sign in any more, if someone pretends to be you, or if your account sends your friends requests for money: this guide tells you what to do first, then writes the report to the police, the school&apos;s letter, the text for the provider and a warning to your contacts, ready to print.</source>
        <translation>Nếu bạn không đăng nhập được nữa, có người mạo danh bạn, hoặc tài khoản của bạn nhắn tin vay tiền bạn bè: phần này chỉ bạn việc cần làm trước, rồi soạn sẵn đơn trình báo công an, công văn của trường, nội dung báo nhà cung cấp và lời cảnh báo người quen để in.</translation>
    </message>
    <message>
        <source>Start: something happened to one of my accounts</source>
        <translation>Bắt đầu: một tài khoản của tôi gặp sự cố</translation>
    </message>
    <message>
        <source>Your incidents</source>
        <translation>Các sự cố của bạn</translation>
    </message>
    <message>
        <source>Incidents are kept only on this computer, readable only by your user account, and are never part of the report for the IT lead.</source>
        <translation>Sự cố chỉ được lưu trên máy này, chỉ tài khoản người dùng của bạn đọc được, và không bao giờ nằm trong báo cáo gửi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>No incident recorded. We hope it stays that way.</source>
        <translation>Chưa có sự cố nào. Mong là sẽ không có.</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Đã đóng ngày %1</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Đang mở từ ngày %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Làm tiếp</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Xóa hẳn…</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Xóa sự cố</translation>
    </message>
    <message>
        <source>Delete this incident and everything typed in it from this computer? Documents already written to a folder are not touched.</source>
        <translation>Xóa hẳn sự cố này và mọi thông tin đã nhập khỏi máy? Các giấy tờ đã ghi ra thư mục vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Tài khoản nào?</translation>
    </message>
    <message>
        <source>Link to the profile, ID, phone number or e-mail of the account</source>
        <translation>Đường dẫn trang cá nhân, ID, số điện thoại hoặc email của tài khoản</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Trường hợp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Next: what to do now</source>
        <translation>Tiếp: việc cần làm ngay</translation>
    </message>
    <message>
        <source>Answer the questions and the most likely case is chosen for you; you can change it.</source>
        <translation>Trả lời các câu hỏi, ứng dụng sẽ chọn trường hợp phù hợp nhất; bạn vẫn đổi được.</translation>
    </message>
    <message>
        <source>From your answers: %1.</source>
        <translation>Theo câu trả lời của bạn: %1.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Về danh sách</translation>
    </message>
    <message>
        <source>Next: details for the documents</source>
        <translation>Tiếp: thông tin cho giấy tờ</translation>
    </message>
    <message>
        <source>Work from a computer or phone you trust. Tick each step when it is done: the time is written into the incident and into the documents.</source>
        <translation>Hãy làm trên máy tính hoặc điện thoại bạn tin cậy. Đánh dấu từng việc khi làm xong: thời điểm được ghi vào hồ sơ sự cố và vào giấy tờ.</translation>
    </message>
    <message>
        <source>Open the official page</source>
        <translation>Mở trang chính thức</translation>
    </message>
    <message>
        <source>In the app: %1</source>
        <translation>Trong ứng dụng: %1</translation>
    </message>
    <message>
        <source>Source: %1 (as of %2)</source>
        <translation>Nguồn: %1 (cập nhật %2)</translation>
    </message>
    <message>
        <source>The police report needs who you are and what happened. Fill in what you know; an empty field becomes a dotted line to fill in by hand. This stays on this computer.</source>
        <translation>Đơn trình báo cần biết bạn là ai và chuyện gì đã xảy ra. Điền những gì bạn biết; ô để trống sẽ thành dòng chấm để viết tay. Thông tin này chỉ nằm trên máy.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Về bạn</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD)</source>
        <translation>Ngày sinh (NNNN-TT-NN)</translation>
    </message>
    <message>
        <source>Citizen ID (CCCD) number</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Issued on (YYYY-MM-DD)</source>
        <translation>Ngày cấp (NNNN-TT-NN)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Nơi cấp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Nơi cư trú</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Workplace (school)</source>
        <translation>Nơi công tác (trường)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Link, ID or username</source>
        <translation>Đường dẫn, ID hoặc tên người dùng</translation>
    </message>
    <message>
        <source>Name shown on the account</source>
        <translation>Tên hiển thị của tài khoản</translation>
    </message>
    <message>
        <source>Phone or e-mail registered on it</source>
        <translation>Số điện thoại hoặc email đăng ký tài khoản</translation>
    </message>
    <message>
        <source>Link to the fake account (if someone impersonates you)</source>
        <translation>Đường dẫn tài khoản giả (nếu bị mạo danh)</translation>
    </message>
    <message>
        <source>Ticket or case number from the provider</source>
        <translation>Mã yêu cầu hỗ trợ của nhà cung cấp</translation>
    </message>
    <message>
        <source>Place name for the date line (e.g. Nha Trang)</source>
        <translation>Địa danh ghi ở dòng ngày tháng (ví dụ: Nha Trang)</translation>
    </message>
    <message>
        <source>What happened and when</source>
        <translation>Diễn biến và thời gian</translation>
    </message>
    <message>
        <source>I don&apos;t know when it started</source>
        <translation>Không rõ bắt đầu từ khi nào</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Thời điểm xảy ra</translation>
    </message>
    <message>
        <source>When you noticed</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <source>In your own words: what changed, what was sent in your name, to whom…</source>
        <translation>Kể lại bằng lời của bạn: điều gì bị thay đổi, những gì đã được gửi dưới tên bạn, gửi cho ai…</translation>
    </message>
    <message>
        <source>Damage: money lost (to whom, how much), harm done. Leave empty if not known.</source>
        <translation>Thiệt hại: tiền bị mất (chuyển cho ai, bao nhiêu), ảnh hưởng khác. Để trống nếu chưa rõ.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Chứng cứ</translation>
    </message>
    <message>
        <source>Screenshots, links and copied messages. Files are not copied: their fingerprint (SHA-256) is recorded so nobody can say they were changed.</source>
        <translation>Ảnh chụp màn hình, đường dẫn và tin nhắn sao chép. Tệp không bị sao chép: mã SHA-256 của tệp được ghi lại để chứng minh tệp không bị sửa.</translation>
    </message>
    <message>
        <source>Add a file or screenshot…</source>
        <translation>Thêm tệp hoặc ảnh chụp màn hình…</translation>
    </message>
    <message>
        <source>Add a link…</source>
        <translation>Thêm đường dẫn…</translation>
    </message>
    <message>
        <source>Add a copied message…</source>
        <translation>Thêm tin nhắn sao chép…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Tệp chứng cứ</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Đường dẫn chứng cứ</translation>
    </message>
    <message>
        <source>Link (URL)</source>
        <translation>Đường dẫn (URL)</translation>
    </message>
    <message>
        <source>Copied message</source>
        <translation>Tin nhắn sao chép</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nội dung tin nhắn</translation>
    </message>
    <message>
        <source>Back: what to do now</source>
        <translation>Quay lại: việc cần làm ngay</translation>
    </message>
    <message>
        <source>Save and continue: documents</source>
        <translation>Lưu và tiếp: giấy tờ</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Đường dẫn: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Tin nhắn: %1</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation>Tệp: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Choose the documents, then write them all at once. Print them, sign them, and take the police report to the ward or commune police or send it through VNeID. The school&apos;s letter goes to the head of the school for signature and number.</source>
        <translation>Chọn giấy tờ rồi tạo tất cả cùng lúc. In ra, ký tên, nộp đơn trình báo tại công an xã/phường hoặc gửi qua VNeID. Công văn của trường chuyển lãnh đạo ký và văn thư cho số.</translation>
    </message>
    <message>
        <source>Report to the police (Đơn trình báo)</source>
        <translation>Đơn trình báo công an</translation>
    </message>
    <message>
        <source>The school&apos;s official letter (công văn) to the education department and the police</source>
        <translation>Công văn của trường gửi Sở Giáo dục và Đào tạo và công an</translation>
    </message>
    <message>
        <source>Text for the provider&apos;s report form, with its address as a QR code</source>
        <translation>Nội dung báo nhà cung cấp, kèm mã QR dẫn tới biểu mẫu</translation>
    </message>
    <message>
        <source>Warning to your contacts (post or message)</source>
        <translation>Cảnh báo người quen (bài đăng hoặc tin nhắn)</translation>
    </message>
    <message>
        <source>Note to the head of unit and the IT lead</source>
        <translation>Ghi chú gửi lãnh đạo đơn vị và cán bộ CNTT</translation>
    </message>
    <message>
        <source>Also blank forms (police report and letter) to fill in by hand</source>
        <translation>Thêm mẫu trống (đơn trình báo và công văn) để điền tay</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder for the documents</source>
        <translation>Thư mục lưu giấy tờ</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Write all documents</source>
        <translation>Tạo tất cả giấy tờ</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>Back: details</source>
        <translation>Quay lại: thông tin</translation>
    </message>
    <message>
        <source>Reopen this incident</source>
        <translation>Mở lại sự cố này</translation>
    </message>
    <message>
        <source>Close this incident</source>
        <translation>Đóng sự cố này</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Đã ghi:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation>Xem trước và in</translation>
    </message>
</context>
<context>
    <name>LinkCheckPage</name>
    <message>
        <source>Is this link safe?</source>
        <translation>Liên kết này có an toàn không?</translation>
    </message>
    <message>
        <source>Link or message to check</source>
        <translation>Liên kết hoặc tin nhắn cần kiểm tra</translation>
    </message>
    <message>
        <source>For example: https://vietcombank-xacminh.xyz/dang-nhap</source>
        <translation>Ví dụ: https://vietcombank-xacminh.xyz/dang-nhap</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Paste a link, or a whole message you received, and press Check. Nothing is sent anywhere: the check runs on this computer. The site is contacted only if you press &quot;Check online&quot; on a result.</source>
        <translation>Dán một liên kết, hoặc cả tin nhắn bạn nhận được, rồi bấm Kiểm tra. Không có gì được gửi đi: việc kiểm tra chạy ngay trên máy này. Chỉ khi bạn bấm &quot;Kiểm tra trực tuyến&quot; ở một kết quả thì trang đó mới được liên hệ.</translation>
    </message>
    <message>
        <source>Checked recently on this computer</source>
        <translation>Đã kiểm tra gần đây trên máy này</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Xóa lịch sử</translation>
    </message>
    <message>
        <source>Links checked recently</source>
        <translation>Các liên kết đã kiểm tra gần đây</translation>
    </message>
    <message>
        <source>Double-click or press Enter to check a link again</source>
        <translation>Nhấp đúp hoặc bấm Enter để kiểm tra lại liên kết</translation>
    </message>
    <message>
        <source> (online)</source>
        <translation> (trực tuyến)</translation>
    </message>
    <message>
        <source>Check online</source>
        <translation>Kiểm tra trực tuyến</translation>
    </message>
    <message>
        <source>Check online: %1</source>
        <translation>Kiểm tra trực tuyến: %1</translation>
    </message>
    <message>
        <source>Will contact %1 and the pages it sends you to. Reading only; nothing about you is sent.</source>
        <translation>Sẽ liên hệ %1 và các trang nó chuyển tới. Chỉ đọc; không gửi thông tin gì về bạn.</translation>
    </message>
    <message>
        <source>Checking online…</source>
        <translation>Đang kiểm tra trực tuyến…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Auditor – account safety self-check</source>
        <translation>Tự kiểm tra an toàn tài khoản</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Export report for the IT lead…</source>
        <translation>&amp;Xuất báo cáo cho cán bộ CNTT…</translation>
    </message>
    <message>
        <source>Change my &amp;accounts…</source>
        <translation>Chọn lại &amp;tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>About Account Auditor</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account Auditor&lt;/b&gt; %1&lt;br&gt;Content as of %2.&lt;br&gt;&lt;br&gt;Your progress is kept only on this computer, in %3.</source>
        <translation>&lt;b&gt;Tự kiểm tra an toàn tài khoản&lt;/b&gt; %1&lt;br&gt;Nội dung cập nhật đến %2.&lt;br&gt;&lt;br&gt;Tiến độ của bạn chỉ được lưu trên máy tính này, trong %3.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Báo cáo JSON (*.json)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>Check a link</source>
        <translation>Kiểm tra liên kết</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Kiểm tra mật khẩu</translation>
    </message>
    <message>
        <source>Account taken over or faked?</source>
        <translation>Tài khoản gặp sự cố?</translation>
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
        <translation type="unfinished">Hủy</translation>
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
        <translation type="unfinished">Báo cáo JSON (*.json)</translation>
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
        <translation>Tài khoản của bạn an toàn đến đâu?</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Điểm tổng</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Các tài khoản của bạn</translation>
    </message>
    <message>
        <source>Change my accounts…</source>
        <translation>Chọn lại tài khoản…</translation>
    </message>
    <message>
        <source>Export the report for the IT lead…</source>
        <translation>Xuất báo cáo cho cán bộ CNTT…</translation>
    </message>
    <message>
        <source>Statuses, dates and scores only: no passwords and none of the reasons you typed.</source>
        <translation>Chỉ gồm tình trạng, ngày và điểm: không có mật khẩu, không có lý do bạn đã ghi.</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Sự cố đang mở</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Làm tiếp</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Has my password leaked?</source>
        <translation>Mật khẩu của tôi có bị lộ không?</translation>
    </message>
    <message>
        <source>Type a password you use. This page says how hard it is to guess, and whether it appears in known data breaches. The password is not kept anywhere and the field is emptied after the check.</source>
        <translation>Gõ một mật khẩu bạn đang dùng. Trang này cho biết mật khẩu khó đoán đến đâu và có nằm trong các vụ lộ dữ liệu đã biết không. Mật khẩu không được lưu ở đâu cả và ô nhập được xóa trắng sau khi kiểm tra.</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Mật khẩu cần kiểm tra</translation>
    </message>
    <message>
        <source>Password (not shown)</source>
        <translation>Mật khẩu (không hiện ra)</translation>
    </message>
    <message>
        <source>I agree: check online whether it has leaked</source>
        <translation>Tôi đồng ý: kiểm tra trực tuyến xem mật khẩu có bị lộ không</translation>
    </message>
    <message>
        <source>Use a downloaded list instead…</source>
        <translation>Dùng tệp danh sách đã tải về…</translation>
    </message>
    <message>
        <source>No internet? An IT lead can give you the Pwned Passwords list as a file.</source>
        <translation>Không có mạng? Cán bộ phụ trách CNTT có thể đưa bạn danh sách Pwned Passwords dưới dạng tệp.</translation>
    </message>
    <message>
        <source>Pwned Passwords list (HASH:COUNT, sorted)</source>
        <translation>Danh sách Pwned Passwords (HASH:COUNT, đã sắp xếp)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>Record in my checklist</source>
        <translation>Ghi nhận vào danh sách kiểm tra</translation>
    </message>
    <message>
        <source>Records only the date and the outcome, never the password</source>
        <translation>Chỉ ghi ngày và kết quả, không bao giờ ghi mật khẩu</translation>
    </message>
    <message>
        <source>List file: %1 (nothing is sent)</source>
        <translation>Tệp danh sách: %1 (không gửi gì đi)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Not checked for leaks: tick the box above to check online, or choose a list file.</source>
        <translation>Chưa kiểm tra việc bị lộ: đánh dấu ô ở trên để kiểm tra trực tuyến, hoặc chọn một tệp danh sách.</translation>
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
        <translation type="unfinished">Về bạn</translation>
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
        <translation type="unfinished">Sự cố đang mở</translation>
    </message>
</context>
</TS>
