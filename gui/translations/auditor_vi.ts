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
