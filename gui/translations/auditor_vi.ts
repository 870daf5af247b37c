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
</TS>
