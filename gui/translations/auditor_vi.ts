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
        <translation>Mức độ sẵn sàng của trường</translation>
    </message>
    <message>
        <source>What the staff reports collected from your schools and offices say: who has reported, which checks are done, where help is needed.</source>
        <translation>Những gì báo cáo của cán bộ thu về từ các trường và văn phòng cho thấy: ai đã gửi báo cáo, việc nào đã xong, nơi nào cần hỗ trợ.</translation>
    </message>
    <message>
        <source>Open another report store…</source>
        <translation>Mở kho báo cáo khác…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>No reports collected yet</source>
        <translation>Chưa thu được báo cáo nào</translation>
    </message>
    <message>
        <source>Open a report store</source>
        <translation>Mở kho báo cáo</translation>
    </message>
    <message>
        <source>Report store (*.sqlite *.db);;All files (*)</source>
        <translation>Kho báo cáo (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>staff reported (of those expected)</source>
        <translation>cán bộ đã báo cáo (trên số dự kiến)</translation>
    </message>
    <message>
        <source>reports current</source>
        <translation>báo cáo còn mới</translation>
    </message>
    <message>
        <source>stale / not reported</source>
        <translation>đã cũ / chưa báo cáo</translation>
    </message>
    <message>
        <source>average score (a first impression)</source>
        <translation>điểm trung bình (để tham khảo ban đầu)</translation>
    </message>
    <message>
        <source>open account incidents</source>
        <translation>sự cố tài khoản chưa xử lý</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Nền tảng:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>CSV of the checks by unit…</source>
        <translation>CSV các mục kiểm tra theo đơn vị…</translation>
    </message>
    <message>
        <source>For Excel and other spreadsheets: Vietnamese shows correctly.</source>
        <translation>Dùng cho Excel và các bảng tính khác: tiếng Việt hiển thị đúng.</translation>
    </message>
    <message>
        <source>CSV of the units…</source>
        <translation>CSV các đơn vị…</translation>
    </message>
    <message>
        <source>CSV of the people…</source>
        <translation>CSV danh sách từng người…</translation>
    </message>
    <message>
        <source>Only when the organisation&apos;s profile allows listing people.</source>
        <translation>Chỉ khi hồ sơ tổ chức cho phép liệt kê từng người.</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Department report, PDF (A4)…</source>
        <translation>Báo cáo gửi Sở, PDF (A4)…</translation>
    </message>
    <message>
        <source>Checks by unit</source>
        <translation>Mục kiểm tra theo đơn vị</translation>
    </message>
    <message>
        <source>Each cell is the share of people who have done the check (stale ones not counted); the darker the cell, the more is left to do. ★ marks checks the organisation requires. Double-click a cell or press Enter to see the people.</source>
        <translation>Mỗi ô là tỷ lệ người đã làm xong việc đó (không tính các mục đã cũ); ô càng đậm thì việc còn phải làm càng nhiều. ★ đánh dấu các việc mà tổ chức bắt buộc. Nhấp đúp vào một ô hoặc nhấn Enter để xem danh sách người.</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Phân bố điểm</translation>
    </message>
    <message>
        <source>Trend over 12 weeks</source>
        <translation>Xu hướng trong 12 tuần</translation>
    </message>
    <message>
        <source>People by score (%)</source>
        <translation>Số người theo điểm (%)</translation>
    </message>
    <message>
        <source>Average score at each week&apos;s end; under it, people who had reported</source>
        <translation>Điểm trung bình vào cuối mỗi tuần; bên dưới là số người đã báo cáo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV cho bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Xuất JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Department PDF report</source>
        <translation>Báo cáo PDF gửi Sở</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report store: %1 (not there yet)</source>
        <translation>Kho báo cáo: %1 (chưa có)</translation>
    </message>
    <message>
        <source>Staff send their self-check reports to you in one of two ways. On a computer of the school network, run &lt;b&gt;auditor serve&lt;/b&gt;: staff who joined your organisation send their reports to it from the &quot;My school&quot; page. Or collect the report files they export (File → Export report) in a folder and run &lt;b&gt;auditor readiness import&lt;/b&gt; with that folder. Either way the reports are kept in %1, and this page shows them. If they are kept elsewhere, open that file with &quot;Open another report store…&quot;.</source>
        <translation>Cán bộ gửi báo cáo tự kiểm tra cho bạn theo một trong hai cách. Trên một máy tính trong mạng của trường, hãy chạy &lt;b&gt;auditor serve&lt;/b&gt;: cán bộ đã tham gia tổ chức của bạn sẽ gửi báo cáo đến máy đó từ trang “Đơn vị của tôi”. Hoặc thu các tệp báo cáo mà cán bộ xuất ra (Tệp → Xuất báo cáo cho cán bộ CNTT) vào một thư mục rồi chạy &lt;b&gt;auditor readiness import&lt;/b&gt; với thư mục đó. Dù theo cách nào, báo cáo cũng được lưu trong %1 và trang này sẽ hiển thị chúng. Nếu báo cáo được lưu ở nơi khác, hãy mở tệp đó bằng “Mở kho báo cáo khác…”.</translation>
    </message>
    <message>
        <source>Report store: %1</source>
        <translation>Kho báo cáo: %1</translation>
    </message>
    <message>
        <source>This report store cannot be read: %1</source>
        <translation>Không đọc được kho báo cáo này: %1</translation>
    </message>
    <message>
        <source>organisation: %1</source>
        <translation>tổ chức: %1</translation>
    </message>
    <message>
        <source>the organisation profile cannot be used (%1), so units are the ones the reports name</source>
        <translation>không dùng được hồ sơ tổ chức (%1), nên các đơn vị được lấy theo tên ghi trong báo cáo</translation>
    </message>
    <message>
        <source>no organisation profile in the data folder, so units are the ones the reports name</source>
        <translation>không có hồ sơ tổ chức trong thư mục dữ liệu, nên các đơn vị được lấy theo tên ghi trong báo cáo</translation>
    </message>
    <message>
        <source>Report store: %1; %2</source>
        <translation>Kho báo cáo: %1; %2</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tất cả nền tảng</translation>
    </message>
    <message>
        <source>The organisation&apos;s profile allows listing people: a cell&apos;s people are shown when you open it.</source>
        <translation>Hồ sơ tổ chức cho phép liệt kê từng người: khi mở một ô, bạn sẽ thấy những người trong ô đó.</translation>
    </message>
    <message>
        <source>The organisation&apos;s profile does not allow listing people: the dashboard shows counts only.</source>
        <translation>Hồ sơ tổ chức không cho phép liệt kê từng người: bảng tổng hợp chỉ hiển thị số lượng.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) made under another organisation profile are not counted.</source>
        <translation>
            <numerusform>%n báo cáo lập theo một hồ sơ tổ chức khác không được tính.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation&apos;s profile does not allow listing people, so only the counts are shown.</source>
        <translation>Hồ sơ tổ chức không cho phép liệt kê từng người, nên chỉ hiển thị số lượng.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không làm</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <source>Missing: the required platform is not in the report</source>
        <translation>Thiếu: báo cáo không có nền tảng bắt buộc</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Đã cũ</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Chấp nhận rủi ro</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <source>People</source>
        <translation>Danh sách người</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Sự cố chưa xử lý</translation>
    </message>
    <message>
        <source>stale report</source>
        <translation>báo cáo đã cũ</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Other units (not in the profile)</source>
        <translation>Đơn vị khác (không có trong hồ sơ)</translation>
    </message>
    <message>
        <source>Done %1 · stale %2 · open %3 · not done %4 · not applicable %5 · risk accepted %6 · missing %7 (of %8 people)</source>
        <translation>Đã xong %1 · đã cũ %2 · chưa làm %3 · không làm %4 · không áp dụng %5 · chấp nhận rủi ro %6 · thiếu %7 (trên %8 người)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>nobody has to do this</source>
        <translation>không ai phải làm việc này</translation>
    </message>
    <message>
        <source>%1% done</source>
        <translation>%1% đã xong</translation>
    </message>
    <message>
        <source>Double-click to see the people.</source>
        <translation>Nhấp đúp để xem danh sách người.</translation>
    </message>
    <message>
        <source>%1 (required by the organisation)</source>
        <translation>%1 (tổ chức bắt buộc)</translation>
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
        <translation>Đơn vị của tôi</translation>
    </message>
    <message>
        <source>School readiness</source>
        <translation>Mức độ sẵn sàng của trường</translation>
    </message>
</context>
<context>
    <name>OrgPage</name>
    <message>
        <source>My school</source>
        <translation>Đơn vị của tôi</translation>
    </message>
    <message>
        <source>The organisation profile on this computer cannot be used:</source>
        <translation>Không dùng được hồ sơ tổ chức trên máy tính này:</translation>
    </message>
    <message>
        <source>Your school&apos;s IT lead can collect everyone&apos;s readiness: which accounts are protected and which checks are done, so they know whom to help first.</source>
        <translation>Cán bộ CNTT của trường có thể tổng hợp mức độ sẵn sàng của mọi người: tài khoản nào đã được bảo vệ, việc nào đã xong, để biết cần hỗ trợ ai trước.</translation>
    </message>
    <message>
        <source>Your passwords, the reasons you typed and the details of any incident never leave this computer. To take part, use the profile your IT lead gave you: a file or a code.</source>
        <translation>Mật khẩu của bạn, các lý do bạn đã nhập và chi tiết về mọi sự cố không bao giờ rời khỏi máy tính này. Để tham gia, hãy dùng hồ sơ mà cán bộ CNTT đã gửi cho bạn: một tệp hoặc một mã dán.</translation>
    </message>
    <message>
        <source>Replace from file…</source>
        <translation>Thay bằng hồ sơ từ tệp…</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Paste a code…</source>
        <translation>Dán mã…</translation>
    </message>
    <message>
        <source>Edit the profile (IT lead)…</source>
        <translation>Sửa hồ sơ (cán bộ CNTT)…</translation>
    </message>
    <message>
        <source>I am the IT lead: create a profile…</source>
        <translation>Tôi là cán bộ CNTT: lập hồ sơ…</translation>
    </message>
    <message>
        <source>Import an organisation profile</source>
        <translation>Nhập hồ sơ tổ chức</translation>
    </message>
    <message>
        <source>Organisation profile (*.json)</source>
        <translation>Hồ sơ tổ chức (*.json)</translation>
    </message>
    <message>
        <source>Choose your new unit. You stay the same person for your IT lead.</source>
        <translation>Hãy chọn đơn vị mới của bạn. Đối với cán bộ CNTT, bạn vẫn là cùng một người.</translation>
    </message>
    <message>
        <source>Choose your unit to join. Your reports then go to your organisation&apos;s IT lead.</source>
        <translation>Hãy chọn đơn vị để tham gia. Sau đó, báo cáo của bạn sẽ được gửi đến cán bộ CNTT của tổ chức.</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>Your unit:</source>
        <translation>Đơn vị của bạn:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Họ tên của bạn:</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Email của bạn</translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation>Email của bạn:</translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your name and e-mail, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation>Báo cáo của bạn sẽ ghi đơn vị, họ tên và email của bạn, một số ngẫu nhiên đại diện cho bạn, và với mỗi tài khoản: điểm, các việc đã xong và thời điểm hoàn thành.</translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your name, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation>Báo cáo của bạn sẽ ghi đơn vị, họ tên của bạn, một số ngẫu nhiên đại diện cho bạn, và với mỗi tài khoản: điểm, các việc đã xong và thời điểm hoàn thành.</translation>
    </message>
    <message>
        <source>Your reports will carry your unit, your e-mail, a random number that stands for you, and for each account its score and which checks are done and when.</source>
        <translation>Báo cáo của bạn sẽ ghi đơn vị, email của bạn, một số ngẫu nhiên đại diện cho bạn, và với mỗi tài khoản: điểm, các việc đã xong và thời điểm hoàn thành.</translation>
    </message>
    <message>
        <source>Your reports will carry your unit, a random number that stands for you (not your name), and for each account its score and which checks are done and when.</source>
        <translation>Báo cáo của bạn sẽ ghi đơn vị của bạn, một số ngẫu nhiên đại diện cho bạn (không phải họ tên), và với mỗi tài khoản: điểm, các việc đã xong và thời điểm hoàn thành.</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Leave the organisation</source>
        <translation>Rời tổ chức</translation>
    </message>
    <message>
        <source>Forgets your unit and the random number that stands for you on this computer.</source>
        <translation>Xóa đơn vị của bạn và số ngẫu nhiên đại diện cho bạn khỏi máy tính này.</translation>
    </message>
    <message>
        <source>You have left the organisation. You can join again at any time.</source>
        <translation>Bạn đã rời tổ chức. Bạn có thể tham gia lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Another profile?</source>
        <translation>Dùng hồ sơ khác?</translation>
    </message>
    <message>
        <source>You have joined %1.</source>
        <translation>Bạn đã tham gia %1.</translation>
    </message>
    <message>
        <source>Your unit: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Đơn vị của bạn: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A random number that stands for you</source>
        <translation>Một số ngẫu nhiên đại diện cho bạn</translation>
    </message>
    <message>
        <source>your name (%1)</source>
        <translation>họ tên của bạn (%1)</translation>
    </message>
    <message>
        <source>your e-mail (%1)</source>
        <translation>email của bạn (%1)</translation>
    </message>
    <message>
        <source>What your reports say about you: %1; your unit; for each account its score and which checks are done and when; how many incidents are open. Never your passwords, the reasons you typed or incident details.</source>
        <translation>Những gì báo cáo ghi về bạn: %1; đơn vị của bạn; với mỗi tài khoản: điểm, các việc đã xong và thời điểm hoàn thành; số sự cố chưa xử lý. Không bao giờ có mật khẩu, các lý do bạn đã nhập hay chi tiết sự cố.</translation>
    </message>
    <message>
        <source>Last report sent on %1.</source>
        <translation>Báo cáo gần nhất được gửi ngày %1.</translation>
    </message>
    <message>
        <source>You have not sent a report yet.</source>
        <translation>Bạn chưa gửi báo cáo nào.</translation>
    </message>
    <message numerus="yes">
        <source>A new report is due: your IT lead asks for one every %n day(s).</source>
        <translation>
            <numerusform>Đã đến lúc gửi báo cáo mới: cán bộ CNTT yêu cầu gửi báo cáo %n ngày một lần.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one is due by %1.</source>
        <translation>Báo cáo tiếp theo cần gửi chậm nhất vào %1.</translation>
    </message>
    <message>
        <source>Send my report…</source>
        <translation>Gửi báo cáo của tôi…</translation>
    </message>
    <message>
        <source>Save report to file…</source>
        <translation>Lưu báo cáo ra tệp…</translation>
    </message>
    <message>
        <source>The same report as a file, to hand over on a USB stick when there is no network.</source>
        <translation>Cùng báo cáo đó dưới dạng tệp, để chép vào USB và nộp khi không có mạng.</translation>
    </message>
    <message>
        <source>Leave / change unit</source>
        <translation>Rời / đổi đơn vị</translation>
    </message>
    <message>
        <source>Sending is off: your IT lead&apos;s profile names no collector. Save the report to a file and hand it over instead.</source>
        <translation>Chức năng gửi đang tắt: hồ sơ của cán bộ CNTT không chỉ định máy thu báo cáo nào. Thay vào đó, hãy lưu báo cáo ra tệp và nộp tệp đó.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Báo cáo JSON (*.json)</translation>
    </message>
    <message>
        <source>This profile was not imported:</source>
        <translation>Không nhập được hồ sơ này:</translation>
    </message>
    <message>
        <source>The organisation profile was imported.</source>
        <translation>Đã nhập hồ sơ tổ chức.</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Paste a code</source>
        <translation>Dán mã</translation>
    </message>
    <message>
        <source>Paste the code your IT lead sent you (it begins with AAP1-).</source>
        <translation>Dán vào đây mã mà cán bộ CNTT đã gửi cho bạn (mã bắt đầu bằng AAP1-).</translation>
    </message>
    <message>
        <source>Profile code</source>
        <translation>Mã dán của hồ sơ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>This code was not imported:</source>
        <translation>Không nhập được mã này:</translation>
    </message>
</context>
<context>
    <name>OrgProfileEditor</name>
    <message>
        <source>Organisation profile</source>
        <translation>Hồ sơ tổ chức</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Mã định danh hồ sơ</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; staff reports carry it.</source>
        <translation>Chữ cái thường không dấu, chữ số và dấu gạch ngang; báo cáo của cán bộ sẽ ghi mã này.</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tên tổ chức</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Organisation name:</source>
        <translation>Tên tổ chức:</translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <source>Profile id:</source>
        <translation>Mã định danh hồ sơ:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Each school or office that reports: staff choose theirs when they join.</source>
        <translation>Mỗi trường hoặc văn phòng gửi báo cáo: cán bộ chọn đơn vị của mình khi tham gia.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Expected staff</source>
        <translation>Số cán bộ dự kiến</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Remove the unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Organisation and units</source>
        <translation>Tổ chức và đơn vị</translation>
    </message>
    <message>
        <source>Required accounts</source>
        <translation>Tài khoản bắt buộc</translation>
    </message>
    <message>
        <source>Checks the dashboard singles out</source>
        <translation>Mục kiểm tra được nêu riêng trên bảng tổng hợp</translation>
    </message>
    <message>
        <source>Required checks</source>
        <translation>Mục kiểm tra bắt buộc</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Staff send a fresh report every:</source>
        <translation>Cán bộ gửi báo cáo mới sau mỗi:</translation>
    </message>
    <message>
        <source>A report counts as out of date after:</source>
        <translation>Báo cáo được coi là đã cũ sau:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Quyền riêng tư</translation>
    </message>
    <message>
        <source>A report always carries a random number for the person, never their passwords or the reasons they typed. Ask for more only when you need it.</source>
        <translation>Báo cáo luôn ghi một số ngẫu nhiên đại diện cho người gửi, không bao giờ có mật khẩu hay các lý do họ đã nhập. Chỉ yêu cầu thêm thông tin khi thật sự cần.</translation>
    </message>
    <message>
        <source>Reports carry the person&apos;s name</source>
        <translation>Báo cáo ghi họ tên của người gửi</translation>
    </message>
    <message>
        <source>Reports carry the person&apos;s e-mail address</source>
        <translation>Báo cáo ghi địa chỉ email của người gửi</translation>
    </message>
    <message>
        <source>The dashboard may list people one by one (otherwise counts only)</source>
        <translation>Bảng tổng hợp được liệt kê từng người (nếu không thì chỉ hiển thị số lượng)</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Máy thu báo cáo</translation>
    </message>
    <message>
        <source>The computer running “auditor serve” on the school network. Leave empty when staff hand in report files instead.</source>
        <translation>Máy tính chạy “auditor serve” trong mạng của trường. Để trống nếu cán bộ nộp tệp báo cáo thay vì gửi qua mạng.</translation>
    </message>
    <message>
        <source>Printed by “auditor serve” when it starts: staff trust only this certificate.</source>
        <translation>Do “auditor serve” in ra khi khởi động: cán bộ chỉ tin cậy chứng chỉ này.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Mã ghi danh mới</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Certificate fingerprint:</source>
        <translation>Dấu vân tay (fingerprint) của chứng chỉ:</translation>
    </message>
    <message>
        <source>Enrolment token:</source>
        <translation>Mã ghi danh:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Privacy and collector</source>
        <translation>Quyền riêng tư và máy thu báo cáo</translation>
    </message>
    <message>
        <source>Code for staff</source>
        <translation>Mã dán cho cán bộ</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Copy code for staff</source>
        <translation>Sao chép mã dán cho cán bộ</translation>
    </message>
    <message>
        <source>Save the profile as</source>
        <translation>Lưu hồ sơ thành</translation>
    </message>
    <message>
        <source>Organisation profile (*.json)</source>
        <translation>Hồ sơ tổ chức (*.json)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Open an organisation profile</source>
        <translation>Mở hồ sơ tổ chức</translation>
    </message>
    <message>
        <source>A new profile, to be saved as %1</source>
        <translation>Hồ sơ mới, sẽ được lưu thành %1</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Tổ chức của tôi</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Phòng ban</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>The profile</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Units, row %1: %2</source>
        <translation>Đơn vị, dòng %1: %2</translation>
    </message>
    <message>
        <source>Units, row %1</source>
        <translation>Đơn vị, dòng %1</translation>
    </message>
    <message>
        <source>Out of date after</source>
        <translation>Coi là đã cũ sau</translation>
    </message>
    <message>
        <source>Report every</source>
        <translation>Chu kỳ gửi báo cáo</translation>
    </message>
    <message>
        <source>Collector address</source>
        <translation>Địa chỉ máy thu báo cáo</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Dấu vân tay (fingerprint) của chứng chỉ</translation>
    </message>
    <message>
        <source>Enrolment token</source>
        <translation>Mã ghi danh</translation>
    </message>
    <message>
        <source>The profile was not saved:</source>
        <translation>Chưa lưu được hồ sơ:</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
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
        <translation>Gửi báo cáo của tôi</translation>
    </message>
    <message>
        <source>This is exactly what will be sent</source>
        <translation>Đây chính xác là những gì sẽ được gửi</translation>
    </message>
    <message>
        <source>What the report says</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Show the exact data</source>
        <translation>Hiện dữ liệu nguyên văn</translation>
    </message>
    <message>
        <source>The exact data that will be sent</source>
        <translation>Dữ liệu nguyên văn sẽ được gửi</translation>
    </message>
    <message>
        <source>Hide the exact data</source>
        <translation>Ẩn dữ liệu nguyên văn</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>The report could not be made:</source>
        <translation>Không lập được báo cáo:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Gửi đến:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Lập ngày:</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Về bạn</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>A random number that stands for you:</source>
        <translation>Một số ngẫu nhiên đại diện cho bạn:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Họ tên của bạn:</translation>
    </message>
    <message>
        <source>Your e-mail:</source>
        <translation>Email của bạn:</translation>
    </message>
    <message>
        <source>Open incidents: %1 (a count only)</source>
        <translation>Sự cố chưa xử lý: %1 (chỉ gửi số lượng)</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>Không bao giờ được gửi</translation>
    </message>
    <message>
        <source>your passwords, or anything about them</source>
        <translation>mật khẩu của bạn, hay bất cứ thông tin gì về mật khẩu</translation>
    </message>
    <message>
        <source>the reasons you typed (only whether you gave one)</source>
        <translation>các lý do bạn đã nhập (chỉ ghi bạn có nhập lý do hay không)</translation>
    </message>
    <message>
        <source>incident details: accounts, evidence, documents</source>
        <translation>chi tiết sự cố: tài khoản, bằng chứng, tài liệu</translation>
    </message>
    <message>
        <source>the links you checked</source>
        <translation>các liên kết bạn đã kiểm tra</translation>
    </message>
    <message>
        <source>Scores and checks</source>
        <translation>Điểm và các mục kiểm tra</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Tổng thể</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Sent. Your IT lead&apos;s collector has stored your report.</source>
        <translation>Đã gửi. Máy thu báo cáo của cán bộ CNTT đã lưu báo cáo của bạn.</translation>
    </message>
    <message>
        <source>Sent. The collector already had this report.</source>
        <translation>Đã gửi. Máy thu báo cáo đã có báo cáo này từ trước.</translation>
    </message>
    <message>
        <source>Not sent: the collector&apos;s certificate is not the one your IT lead gave: do not send; call your IT lead.</source>
        <translation>Chưa gửi: chứng chỉ của máy thu báo cáo không khớp với chứng chỉ cán bộ CNTT đã cung cấp. Đừng gửi; hãy gọi cho cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Not sent: the collector cannot be reached. Check that you are on the school&apos;s network, or save the report to a file instead.</source>
        <translation>Chưa gửi được: không kết nối được với máy thu báo cáo. Hãy kiểm tra xem bạn có đang dùng mạng của trường không, hoặc lưu báo cáo ra tệp.</translation>
    </message>
    <message>
        <source>Not sent: the collector refused the report.</source>
        <translation>Chưa gửi được: máy thu báo cáo đã từ chối báo cáo.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Chưa gửi được.</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Còn mới</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Đã cũ</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Điểm trung bình</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Sự cố chưa xử lý</translation>
    </message>
</context>
</TS>
