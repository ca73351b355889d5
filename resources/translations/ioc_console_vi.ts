<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ioc_console/gui/dialogs/about.py" line="18"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="9"/>
        <source>About IOC Console</source>
        <translation>Giới thiệu IOC Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="15"/>
        <source>IOC Console</source>
        <translation>IOC Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="30"/>
        <source>The operator console of the city Intelligent Operations Center: cameras, the map, alerts, citizen complaints (hotline 1022) and administrative procedures.</source>
        <translation>Bảng điều khiển dành cho điều hành viên của Trung tâm Giám sát, điều hành đô thị thông minh (IOC) thành phố: camera, bản đồ, cảnh báo, phản ánh, kiến nghị của người dân (đường dây nóng 1022) và thủ tục hành chính.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="44"/>
        <source>Built with Qt for Python (LGPL), Qt Advanced Docking System (LGPL), libVLC (LGPL), Leaflet (BSD) and the Noto Sans font (OFL).</source>
        <translation>Được xây dựng trên Qt for Python (LGPL), Qt Advanced Docking System (LGPL), libVLC (LGPL), Leaflet (BSD) và phông chữ Noto Sans (OFL).</translation>
    </message>
</context>
<context>
    <name>AdminUnitsPanel</name>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="99"/>
        <source>%1 units in force on %2</source>
        <translation>%1 đơn vị có hiệu lực ngày %2</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="102"/>
        <source>%1 of %2 units in force on %3</source>
        <translation>%1 trong số %2 đơn vị có hiệu lực ngày %3</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="115"/>
        <source>As of</source>
        <translation>Tại ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="116"/>
        <source>Show the units in force on this date</source>
        <translation>Hiển thị các đơn vị có hiệu lực vào ngày này</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="117"/>
        <source>Search units (diacritics ignored)…</source>
        <translation>Tìm đơn vị (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="120"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="121"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="122"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="123"/>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="124"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="127"/>
        <source>Statistics office (GSO) code; reused across reorganisations</source>
        <translation>Mã của Tổng cục Thống kê (GSO); được dùng lại qua các lần sắp xếp</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="130"/>
        <source>First day in force; — when not recorded</source>
        <translation>Ngày đầu có hiệu lực; — khi không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="131"/>
        <source>Last day in force; — while still in force</source>
        <translation>Ngày cuối có hiệu lực; — khi còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="136"/>
        <source>Codes are reused across reorganisations, so records are joined on code plus period, never on the code alone.</source>
        <translation>Mã được dùng lại qua các lần sắp xếp đơn vị hành chính, vì vậy dữ liệu được ghép theo mã cùng thời kỳ, không bao giờ chỉ theo mã.</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/plugin.py" line="25"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>AlarmLoadPanel</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="159"/>
        <source>Shift handover…</source>
        <translation>Giao ca…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="163"/>
        <source>Time in flood today</source>
        <translation>Thời gian quá tải cảnh báo hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="164"/>
        <source>Standing (unacknowledged past the SLA)</source>
        <translation>Quá hạn xác nhận (chưa xác nhận quá SLA)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="165"/>
        <source>Stale (open more than 24 h)</source>
        <translation>Tồn đọng (mở quá 24 giờ)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="170"/>
        <source>Noisiest sources today</source>
        <translation>Nguồn phát nhiều cảnh báo nhất hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="171"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="171"/>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="174"/>
        <source>Alarms</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="171"/>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="174"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="172"/>
        <source>Priority mix today</source>
        <translation>Tỷ lệ mức ưu tiên hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="174"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="174"/>
        <source>Aim</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="176"/>
        <source>alarms / 10 min</source>
        <translation>cảnh báo / 10 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="177"/>
        <source>minutes ago</source>
        <translation>phút trước</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="185"/>
        <source>%n alarm(s) in the last 10 min</source>
        <translation>
            <numerusform>%n cảnh báo trong 10 phút qua</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="193"/>
        <source>ALARM FLOOD since %1: more than 10 alarms in 10 minutes</source>
        <translation>QUÁ TẢI CẢNH BÁO từ %1: hơn 10 cảnh báo trong 10 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="228"/>
        <source>High (P1)</source>
        <translation>Cao (P1)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="229"/>
        <source>Medium (P2)</source>
        <translation>Trung bình (P2)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="230"/>
        <source>Low (P3, P4)</source>
        <translation>Thấp (P3, P4)</translation>
    </message>
</context>
<context>
    <name>AlertQueue</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="24"/>
        <source>Next alert</source>
        <translation>Cảnh báo tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="25"/>
        <source>Previous alert</source>
        <translation>Cảnh báo trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="27"/>
        <source>Next unacknowledged P1</source>
        <translation>P1 chưa xác nhận tiếp theo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="29"/>
        <source>Open details</source>
        <translation>Mở chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="30"/>
        <source>Acknowledge</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="31"/>
        <source>Assign…</source>
        <translation>Giao xử lý…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="32"/>
        <source>Escalate…</source>
        <translation>Chuyển cấp…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="33"/>
        <source>Shelve…</source>
        <translation>Tạm gác…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="34"/>
        <source>Unshelve</source>
        <translation>Bỏ tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="35"/>
        <source>Comment…</source>
        <translation>Ghi chú…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="36"/>
        <source>Resolve…</source>
        <translation>Hoàn tất xử lý…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="37"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="40"/>
        <source>Merge into the first selected</source>
        <translation>Gộp vào cảnh báo chọn đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="47"/>
        <source>Select the alerts of its incident</source>
        <translation>Chọn các cảnh báo cùng sự vụ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="53"/>
        <source>Play related cameras in the wall</source>
        <translation>Phát camera liên quan trên tường video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="57"/>
        <source>Show on the map</source>
        <translation>Xem trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="60"/>
        <source>Detection snapshot and live video</source>
        <translation>Ảnh phát hiện và video trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="64"/>
        <source>Mark all as seen</source>
        <translation>Đánh dấu đã xem tất cả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/action_specs.py" line="66"/>
        <source>Filter the queue</source>
        <translation>Lọc danh sách cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="52"/>
        <source>%1 alerts are chosen.</source>
        <translation>Đã chọn %1 cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="61"/>
        <source>Assign</source>
        <translation>Giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="66"/>
        <source>To (person or agency)</source>
        <translation>Giao cho (người hoặc cơ quan)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="72"/>
        <source>Message</source>
        <translation>Lời nhắn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="78"/>
        <source>Shelve</source>
        <translation>Tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="83"/>
        <source>For</source>
        <translation>Trong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="90"/>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="165"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="96"/>
        <source>Escalate</source>
        <translation>Chuyển cấp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="98"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="102"/>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="104"/>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="108"/>
        <source>Resolve</source>
        <translation>Hoàn tất xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="112"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="166"/>
        <source>The console has no cache to queue it in.</source>
        <translation>Máy không có bộ nhớ đệm để xếp hàng thao tác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/commands.py" line="203"/>
        <source>Choose two or more alerts to merge.</source>
        <translation>Hãy chọn từ hai cảnh báo trở lên để gộp.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="30"/>
        <source>SLA missed: not acknowledged in time</source>
        <translation>Quá hạn SLA: không được xác nhận đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="31"/>
        <source>SLA missed: not resolved in time</source>
        <translation>Quá hạn SLA: không được xử lý xong đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="41"/>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="134"/>
        <source>↻ Chattering: raised and cleared again and again</source>
        <translation>↻ Chập chờn: phát lên rồi tắt liên tục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="138"/>
        <source>Part of the incident of %1</source>
        <translation>Thuộc sự cố %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="142"/>
        <source>New: not seen yet</source>
        <translation>Mới: chưa xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="168"/>
        <source>%1 alerts from %2; the first: %3</source>
        <translation>%1 cảnh báo từ %2; cảnh báo đầu tiên: %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="181"/>
        <source>%1 lower-priority alerts (priorities 3 and 4):</source>
        <translation>%1 cảnh báo mức ưu tiên thấp (mức 3 và 4):</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="185"/>
        <source>%1 lower-priority alerts (priorities 3 and 4), folded</source>
        <translation>%1 cảnh báo mức ưu tiên thấp (mức 3 và 4), đã thu gọn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="197"/>
        <source>Press Enter or double-click to fold</source>
        <translation>Nhấn Enter hoặc nhấp đúp để thu gọn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/model_look.py" line="199"/>
        <source>Press Enter or double-click to show them</source>
        <translation>Nhấn Enter hoặc nhấp đúp để xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="44"/>
        <source>Choose an alert first.</source>
        <translation>Hãy chọn một cảnh báo trước.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="54"/>
        <source>This alert names no camera.</source>
        <translation>Cảnh báo này không gắn với camera nào.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="60"/>
        <source>This alert is not grouped with others.</source>
        <translation>Cảnh báo này không thuộc nhóm sự vụ nào.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="68"/>
        <source>This alert has no position.</source>
        <translation>Cảnh báo này không có vị trí.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="74"/>
        <source>Only an AI detection has a snapshot.</source>
        <translation>Chỉ cảnh báo phát hiện AI mới có ảnh chụp.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="132"/>
        <source>“%1” queued for %2 alert(s).</source>
        <translation>Đã xếp hàng “%1” cho %2 cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="139"/>
        <source>“%1” queued for %2 alert(s), not taken for %3: %4</source>
        <translation>Đã xếp hàng “%1” cho %2 cảnh báo, không thực hiện được cho %3: %4</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="161"/>
        <source>Skip a step</source>
        <translation>Bỏ qua một bước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="162"/>
        <source>Why is step %1 skipped?</source>
        <translation>Vì sao bỏ qua bước %1?</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="182"/>
        <source>Step %1 queued.</source>
        <translation>Đã xếp hàng bước %1.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="191"/>
        <source>Filter by column</source>
        <translation>Lọc theo cột</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_commands.py" line="192"/>
        <source>Show the rows whose “%1” contains:</source>
        <translation>Hiện các dòng có “%1” chứa:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_navigation.py" line="127"/>
        <source>No unacknowledged priority 1 alert is shown.</source>
        <translation>Không có cảnh báo mức 1 chưa xác nhận nào đang hiển thị.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel_navigation.py" line="172"/>
        <source>%1 alerts of one incident are chosen.</source>
        <translation>Đã chọn %1 cảnh báo của cùng một sự vụ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="32"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="33"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="34"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="35"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="36"/>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="37"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="38"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="39"/>
        <source>Owner</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="40"/>
        <source>Duplicates</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="41"/>
        <source>SLA left</source>
        <translation>Còn lại (SLA)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="42"/>
        <source>Incident</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="48"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="49"/>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="50"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="51"/>
        <source>Escalated</source>
        <translation>Đã chuyển cấp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="52"/>
        <source>Shelved</source>
        <translation>Tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="53"/>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="54"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="57"/>
        <source>AI detection</source>
        <translation>Phát hiện AI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="58"/>
        <source>CAP warning</source>
        <translation>Cảnh báo CAP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="59"/>
        <source>KPI breach</source>
        <translation>Vượt ngưỡng KPI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="60"/>
        <source>Overdue complaint</source>
        <translation>Phản ánh quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="61"/>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/rows.py" line="103"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
</context>
<context>
    <name>AlertQueuePanel</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel.py" line="250"/>
        <source>%1 of %2 alerts shown</source>
        <translation>Đang hiển thị %1 trong %2 cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel.py" line="254"/>
        <source>%1 not seen yet</source>
        <translation>%1 chưa xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel.py" line="256"/>
        <source>%1 rows in flood view</source>
        <translation>%1 dòng ở chế độ quá tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/panel.py" line="265"/>
        <source>“%1” was not applied: %2</source>
        <translation>“%1” không được thực hiện: %2</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="30"/>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="21"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="31"/>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="22"/>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="32"/>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="23"/>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="33"/>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="24"/>
        <source>Escalated</source>
        <translation>Đã chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="34"/>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="25"/>
        <source>Shelved</source>
        <translation>Tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="35"/>
        <source>Resolved</source>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/vocabulary.py" line="36"/>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="52"/>
        <source>Unacknowledged: %1</source>
        <translation>Chưa xác nhận: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="54"/>
        <source>No unacknowledged alerts</source>
        <translation>Không có cảnh báo chưa xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="66"/>
        <source>Sound on</source>
        <translation>Đang bật âm thanh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="68"/>
        <source>No audio device</source>
        <translation>Không có thiết bị âm thanh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="71"/>
        <source>Mute the alert sounds for %1 minutes</source>
        <translation>Tắt âm thanh cảnh báo trong %1 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="81"/>
        <source>Muted until %1</source>
        <translation>Tắt tiếng đến %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/badge.py" line="86"/>
        <source>Click to turn the alert sounds on again</source>
        <translation>Bấm để bật lại âm thanh cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/counts.py" line="36"/>
        <source>P%1 %2</source>
        <translation>P%1 %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/counts.py" line="55"/>
        <source>No alert waits for an acknowledgement</source>
        <translation>Không có cảnh báo nào chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/counts.py" line="57"/>
        <source>%1 alert(s) wait for an acknowledgement</source>
        <translation>%1 cảnh báo đang chờ xác nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/counts.py" line="62"/>
        <source>Priority %1: %2</source>
        <translation>Mức ưu tiên %1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="38"/>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="90"/>
        <source>Alerts raised</source>
        <translation>Cảnh báo phát sinh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="91"/>
        <source>Repeats of them</source>
        <translation>Số lần lặp lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="92"/>
        <source>Alerts handled</source>
        <translation>Cảnh báo đã xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="93"/>
        <source>Open at the end of the shift</source>
        <translation>Còn mở khi hết ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="95"/>
        <source>Standing (unacknowledged past the SLA)</source>
        <translation>Quá hạn xác nhận (chưa xác nhận quá SLA)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="98"/>
        <source>Stale (open more than 24 h)</source>
        <translation>Tồn đọng (mở quá 24 giờ)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="99"/>
        <source>SLA breaches</source>
        <translation>Vi phạm thời hạn xử lý (SLA)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="101"/>
        <source>Time in flood</source>
        <translation>Thời gian quá tải cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/handover_sheet.py" line="105"/>
        <source>Priority mix high / medium / low (aim 5 / 15 / 80 %)</source>
        <translation>Tỷ lệ ưu tiên cao / trung bình / thấp (mục tiêu 5 / 15 / 80 %)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/install.py" line="32"/>
        <source>Open items of the shift handover (%1)</source>
        <translation>Việc còn mở khi giao ca (%1)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/install.py" line="33"/>
        <source>%1 open item(s) taken over; there is no alert queue here: see the handover.</source>
        <translation>Đã nhận %1 việc còn mở; máy này không có danh sách cảnh báo: xem biên bản giao ca.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="43"/>
        <source>acceptable (≤ 1 per 10 min)</source>
        <translation>chấp nhận được (≤ 1 trong 10 phút)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="44"/>
        <source>manageable (≤ 2 per 10 min)</source>
        <translation>kiểm soát được (≤ 2 trong 10 phút)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/load_panel.py" line="45"/>
        <source>over the manageable load</source>
        <translation>vượt mức kiểm soát được</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="103"/>
        <source>Shift handover</source>
        <translation>Giao ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="123"/>
        <source>Shift: %1</source>
        <translation>Ca trực: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="127"/>
        <source>Handed over by %1 at %2</source>
        <translation>Người giao ca: %1, lúc %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="133"/>
        <source>Open items (most urgent first)</source>
        <translation>Việc còn mở (khẩn cấp nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="137"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="138"/>
        <source>Raised</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="139"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="140"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="141"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="158"/>
        <source>No open alerts.</source>
        <translation>Không còn cảnh báo nào đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="160"/>
        <source>Note for the next shift</source>
        <translation>Ghi chú cho ca sau</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="163"/>
        <source>Figures of the shift</source>
        <translation>Số liệu của ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="167"/>
        <source>Noisiest sources</source>
        <translation>Nguồn phát nhiều cảnh báo nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_pdf.py" line="171"/>
        <source>No alerts in this shift.</source>
        <translation>Không có cảnh báo nào trong ca.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/sounds.py" line="57"/>
        <source>alert sounds on</source>
        <translation>âm thanh cảnh báo đang bật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/sounds.py" line="94"/>
        <source>no audio output device: alerts are shown, not heard</source>
        <translation>không có thiết bị phát âm thanh: cảnh báo chỉ hiển thị, không phát tiếng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/tray.py" line="50"/>
        <source>IOC Console — alerts</source>
        <translation>IOC Console — cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/tray.py" line="53"/>
        <source>Show the console</source>
        <translation>Hiện cửa sổ IOC Console</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/tray.py" line="68"/>
        <source>P%1 alert: %2</source>
        <translation>Cảnh báo P%1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/local.py" line="27"/>
        <source>The alert is no longer in the console; nothing was done.</source>
        <translation>Cảnh báo không còn trên bàn điều hành; chưa có thao tác nào được thực hiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/local.py" line="28"/>
        <source>The alert changed meanwhile; nothing was done. Look at it again.</source>
        <translation>Cảnh báo đã thay đổi trong lúc đó; chưa có thao tác nào được thực hiện. Hãy xem lại cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="119"/>
        <source>Only a new or escalated alert can be acknowledged.</source>
        <translation>Chỉ xác nhận được cảnh báo mới hoặc đã chuyển cấp.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="122"/>
        <source>Only an open alert can be assigned.</source>
        <translation>Chỉ giao xử lý được cảnh báo đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="123"/>
        <source>Only an open alert not escalated yet can be escalated.</source>
        <translation>Chỉ chuyển cấp được cảnh báo đang mở và chưa chuyển cấp.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="126"/>
        <source>Only an open alert can be shelved.</source>
        <translation>Chỉ tạm gác được cảnh báo đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="127"/>
        <source>Only a shelved alert can be unshelved.</source>
        <translation>Chỉ bỏ tạm gác được cảnh báo đang tạm gác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="128"/>
        <source>This alert cannot take comments.</source>
        <translation>Cảnh báo này không nhận thêm ghi chú.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="129"/>
        <source>Procedure steps can be ticked only on an open alert.</source>
        <translation>Chỉ đánh dấu được các bước quy trình của cảnh báo đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="130"/>
        <source>Only an open alert can be resolved.</source>
        <translation>Chỉ hoàn tất xử lý được cảnh báo đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="131"/>
        <source>Only a resolved alert can be closed.</source>
        <translation>Chỉ đóng được cảnh báo đã xử lý xong.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="132"/>
        <source>Only open alerts can be merged.</source>
        <translation>Chỉ gộp được các cảnh báo đang mở.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="134"/>
        <source>A ward clerk cannot act on a city-wide alert; the city&apos;s operators handle it.</source>
        <translation>Cán bộ phường/xã không thao tác được trên cảnh báo toàn thành phố; điều hành viên của thành phố xử lý cảnh báo này.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="137"/>
        <source>A ward clerk can act only on the alerts of their own ward (%1).</source>
        <translation>Cán bộ phường/xã chỉ thao tác được trên cảnh báo của phường/xã mình (%1).</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="140"/>
        <source>Name the person or agency to assign the alert to.</source>
        <translation>Hãy nêu người hoặc cơ quan được giao xử lý cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="141"/>
        <source>Say why the alert is shelved.</source>
        <translation>Hãy nêu lý do tạm gác cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="142"/>
        <source>An alert can be shelved for 1 to %1 minutes.</source>
        <translation>Chỉ tạm gác cảnh báo từ 1 đến %1 phút.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="143"/>
        <source>A comment needs some text.</source>
        <translation>Ghi chú cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="144"/>
        <source>Say how the alert was resolved.</source>
        <translation>Hãy nêu kết quả xử lý cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="145"/>
        <source>The alert cannot be resolved before the mandatory steps of its procedure are done: %1.</source>
        <translation>Chưa thể hoàn tất xử lý khi các bước bắt buộc của quy trình chưa xong: %1.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="149"/>
        <source>The alert has no procedure with a step %1.</source>
        <translation>Quy trình của cảnh báo không có bước %1.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="150"/>
        <source>The alert has no procedure steps to tick.</source>
        <translation>Cảnh báo không có bước quy trình nào để đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="151"/>
        <source>Step %1 is mandatory: it cannot be skipped.</source>
        <translation>Bước %1 là bắt buộc, không được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="152"/>
        <source>Skipping step %1 needs a reason.</source>
        <translation>Bỏ qua bước %1 cần nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="153"/>
        <source>Choose the other alerts to merge into this one.</source>
        <translation>Hãy chọn các cảnh báo khác để gộp vào cảnh báo này.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="154"/>
        <source>An alert cannot be merged into itself.</source>
        <translation>Không thể gộp một cảnh báo vào chính nó.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="155"/>
        <source>The role %1 may not act on alerts.</source>
        <translation>Vai trò %1 không được thao tác trên cảnh báo.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/alerts/workflow.py" line="156"/>
        <source>An alert the console raised itself (from the site&apos;s CAP feed or a plugin&apos;s rule) cannot be merged: the server does not know it.</source>
        <translation>Không thể gộp một cảnh báo do bảng điều khiển tự phát sinh (từ nguồn CAP của đơn vị hoặc từ quy tắc của một phần mở rộng): máy chủ không có cảnh báo này.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/escalation.py" line="35"/>
        <source>SLA breached: P%1 %2</source>
        <translation>Quá thời hạn xử lý (SLA): P%1 %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/escalation.py" line="36"/>
        <source>SLA breached: %1 alerts</source>
        <translation>Quá thời hạn xử lý (SLA): %1 cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/escalation.py" line="37"/>
        <source>Not acknowledged in time (due %1).</source>
        <translation>Không được xác nhận đúng hạn (hạn %1).</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/escalation.py" line="38"/>
        <source>Not resolved in time (due %1).</source>
        <translation>Không được xử lý xong đúng hạn (hạn %1).</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/escalation.py" line="39"/>
        <source>The most urgent: P%1 %2.</source>
        <translation>Khẩn cấp nhất: P%1 %2.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../ioc_console/gui/briefing/on_demand.py" line="25"/>
        <source>The daily briefing was saved to %1</source>
        <translation>Đã lưu bản tin điều hành hằng ngày vào %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/on_demand.py" line="26"/>
        <source>The daily briefing could not be made: %1</source>
        <translation>Không tạo được bản tin điều hành hằng ngày: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/on_demand.py" line="27"/>
        <source>The cache is not available: no briefing can be made.</source>
        <translation>Bộ nhớ đệm không sẵn sàng: không tạo được bản tin.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="7"/>
        <source>Daily briefing for the city&apos;s leaders</source>
        <translation>Bản tin điều hành hằng ngày cho lãnh đạo thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="8"/>
        <source>Day %1 · figures as of %2 · period: the last 30 days (%3 to %4)</source>
        <translation>Ngày %1 · số liệu lúc %2 · kỳ: 30 ngày qua (%3 đến %4)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="11"/>
        <source>Complaints and petitions (1022)</source>
        <translation>Phản ánh, kiến nghị (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="12"/>
        <source>Administrative procedures (TTHC)</source>
        <translation>Thủ tục hành chính (TTHC)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="13"/>
        <source>Alerts of the last 24 hours</source>
        <translation>Cảnh báo trong 24 giờ qua</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="14"/>
        <source>Priority %1: %2</source>
        <translation>Mức ưu tiên %1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="15"/>
        <source>No alert in the last 24 hours.</source>
        <translation>Không có cảnh báo trong 24 giờ qua.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="16"/>
        <source>Procedure files received (bars) and resolved (line) per day</source>
        <translation>Hồ sơ TTHC tiếp nhận (cột) và đã giải quyết (đường) theo ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="19"/>
        <source>Procedure files resolved by field: early, on time, late</source>
        <translation>TTHC đã giải quyết theo lĩnh vực: trước, đúng, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="22"/>
        <source>On-time rate of procedures by ward (files resolved)</source>
        <translation>Tỷ lệ giải quyết TTHC đúng hạn theo phường (số hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="23"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="24"/>
        <source>On the due day</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="25"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="26"/>
        <source>Overdue complaints (%1 in all, oldest deadline first)</source>
        <translation>Phản ánh quá hạn (tổng %1, hạn cũ nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="29"/>
        <source>Overdue procedure files (%1 in all, oldest first)</source>
        <translation>Hồ sơ TTHC quá hạn (tổng %1, cũ nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="30"/>
        <source>Lagging agencies (lowest on-time rate, at least %1 files resolved)</source>
        <translation>Cơ quan chậm (tỷ lệ đúng hạn thấp nhất, từ %1 hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="33"/>
        <source>Wards by on-time rate</source>
        <translation>Phường theo tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="34"/>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="35"/>
        <source>No procedure file in the period.</source>
        <translation>Không có hồ sơ thủ tục nào trong kỳ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="36"/>
        <source>%1 files</source>
        <translation>%1 hồ sơ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="37"/>
        <source>deadline %1</source>
        <translation>hạn %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/texts.py" line="38"/>
        <source>received %1</source>
        <translation>tiếp nhận %1</translation>
    </message>
</context>
<context>
    <name>CameraListPanel</name>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="138"/>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="193"/>
        <source>All wards</source>
        <translation>Tất cả phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="157"/>
        <source>%1 cameras</source>
        <translation>%1 camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="159"/>
        <source>%1 of %2 cameras</source>
        <translation>%1 trong số %2 camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="162"/>
        <source>data as of %1</source>
        <translation>dữ liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="166"/>
        <source>No cameras in the cache yet: they appear once the backend answers.</source>
        <translation>Chưa có camera trong bộ nhớ đệm: danh sách sẽ hiện khi máy chủ trả lời.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="187"/>
        <source>Search cameras, wards (diacritics ignored)…</source>
        <translation>Tìm camera, phường/xã (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="188"/>
        <source>Only the cameras of this ward</source>
        <translation>Chỉ các camera của phường/xã này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="190"/>
        <source>Drag a camera onto a tile of the video wall, or double-click to show it</source>
        <translation>Kéo camera vào một ô của màn hình video, hoặc nhấp đúp để xem</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="31"/>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="32"/>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="33"/>
        <source>maintenance</source>
        <translation>đang bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="71"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="72"/>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="73"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>CapFeed</name>
    <message>
        <location filename="../../ioc_console/core/cap/poller.py" line="146"/>
        <location filename="../../ioc_console/core/cap/poller.py" line="158"/>
        <source>the CAP feed could not be read: %1</source>
        <translation>không đọc được nguồn cảnh báo CAP: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/cap/poller.py" line="163"/>
        <source>the CAP feed sent a document that was refused: %1</source>
        <translation>nguồn cảnh báo CAP gửi một tài liệu bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/cap/poller.py" line="193"/>
        <source>%1 message(s) read: %2 new or changed, %3 already known, %4 not raised, %5 refused</source>
        <translation>đã đọc %1 bản tin: %2 mới hoặc thay đổi, %3 đã có, %4 không phát cảnh báo, %5 bị từ chối</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="14"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="15"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="16"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="17"/>
        <source>1022 website</source>
        <translation>Cổng 1022</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="18"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="19"/>
        <source>eDongThap app</source>
        <translation>Ứng dụng eDongThap</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="20"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="45"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="47"/>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Lưu biểu đồ này thành ảnh PNG hoặc SVG</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="50"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="51"/>
        <source>SVG image (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="53"/>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/chart_frame.py" line="66"/>
        <source>The chart could not be saved: %1</source>
        <translation>Không lưu được biểu đồ: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDashboard</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="42"/>
        <source>Satisfied (%)</source>
        <translation>Hài lòng (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="49"/>
        <source>On time (%)</source>
        <translation>Đúng hạn (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="56"/>
        <source>Handled (%)</source>
        <translation>Đã xử lý (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="63"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="70"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="79"/>
        <source>Complaints received by channel</source>
        <translation>Phản ánh tiếp nhận theo kênh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="80"/>
        <source>Open and overdue at the end of each day</source>
        <translation>Đang xử lý và quá hạn cuối mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="81"/>
        <source>Handling time (working days)</source>
        <translation>Thời gian xử lý (ngày làm việc)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="82"/>
        <source>Citizens satisfied (%)</source>
        <translation>Người dân hài lòng (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="83"/>
        <source>By ward</source>
        <translation>Theo phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="84"/>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="86"/>
        <source>Open</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="87"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="88"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="89"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="90"/>
        <source>Figures as of %1</source>
        <translation>Số liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="91"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="92"/>
        <source>The cache is not available: no figures can be computed.</source>
        <translation>Không mở được bộ nhớ đệm: không tính được số liệu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="95"/>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="96"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="97"/>
        <source>Rank by:</source>
        <translation>Xếp hạng theo:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="98"/>
        <source>Wards</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="99"/>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="100"/>
        <source>Categories</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="101"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="102"/>
        <source>open at the end of %1</source>
        <translation>đang xử lý cuối ngày %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="103"/>
        <source>overdue at the end of %1</source>
        <translation>quá hạn cuối ngày %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="104"/>
        <source>handled in %1–%2 working hours</source>
        <translation>xử lý trong %1–%2 giờ làm việc</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="105"/>
        <source>handled in %1 working hours or more</source>
        <translation>xử lý trong %1 giờ làm việc trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="107"/>
        <source>No complaint received in this period</source>
        <translation>Không có phản ánh nào được tiếp nhận trong kỳ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="108"/>
        <source>None of the complaints received in this period is handled yet</source>
        <translation>Chưa có phản ánh nào tiếp nhận trong kỳ này được xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="111"/>
        <source>No citizen has rated the complaints received in this period yet</source>
        <translation>Chưa có người dân nào đánh giá các phản ánh tiếp nhận trong kỳ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="114"/>
        <source>Nothing to rank by “%1” among the complaints received in this period</source>
        <translation>Không có số liệu “%1” để xếp hạng trong các phản ánh tiếp nhận kỳ này</translation>
    </message>
</context>
<context>
    <name>ComplaintDetails</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="148"/>
        <source>Select a complaint to see its details</source>
        <translation>Chọn một phản ánh để xem chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="173"/>
        <source>satisfied</source>
        <translation>hài lòng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="173"/>
        <source>not satisfied</source>
        <translation>không hài lòng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="176"/>
        <source>not rated</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="178"/>
        <source>not yet asked</source>
        <translation>chưa lấy ý kiến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="204"/>
        <source>(queued, not yet sent)</source>
        <translation>(đang chờ gửi)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="224"/>
        <source>No camera within 500 m</source>
        <translation>Không có camera trong bán kính 500 m</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="230"/>
        <source>%1 (%2 m)</source>
        <translation>%1 (%2 m)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="244"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="245"/>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="246"/>
        <source>Agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="247"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="248"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="249"/>
        <source>Citizen&apos;s rating</source>
        <translation>Đánh giá của người dân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="253"/>
        <source>What the citizen reports</source>
        <translation>Nội dung người dân phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="254"/>
        <source>Show on map</source>
        <translation>Xem trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="255"/>
        <source>Status history</source>
        <translation>Lịch sử xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="256"/>
        <source>The agency&apos;s resolution</source>
        <translation>Kết quả xử lý của cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="258"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="258"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="258"/>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/details.py" line="258"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ComplaintListPanel</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="134"/>
        <source>The cache is not available</source>
        <translation>Không dùng được bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="250"/>
        <source>%1 of %2 complaints</source>
        <translation>%1 / %2 phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="256"/>
        <source>data from %1</source>
        <translation>dữ liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="260"/>
        <source>%1 new complaint(s) waiting to be sent</source>
        <translation>%1 phản ánh mới đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="389"/>
        <source>New complaint…</source>
        <translation>Tiếp nhận phản ánh…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_panel.py" line="390"/>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/table_model.py" line="226"/>
        <source>%1 (was %2)</source>
        <translation>%1 (trước đây: %2)</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="17"/>
        <source>Telephone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="18"/>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="19"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="20"/>
        <source>1022 website</source>
        <translation>Cổng 1022</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="21"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="22"/>
        <source>eDongThap app</source>
        <translation>Ứng dụng eDongThap</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="46"/>
        <source>Choose the channel</source>
        <translation>Chọn kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="48"/>
        <source>Choose the category</source>
        <translation>Chọn lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="50"/>
        <source>Write what the citizen reports</source>
        <translation>Nhập nội dung người dân phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="54"/>
        <source>The text is longer than %1 characters</source>
        <translation>Nội dung dài hơn %1 ký tự</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="60"/>
        <source>Pick the place on the map or type an address that can be found</source>
        <translation>Chọn vị trí trên bản đồ hoặc nhập địa chỉ tìm được</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/intake.py" line="68"/>
        <source>The citizen&apos;s contact is kept only with their consent: tick it or clear the contact</source>
        <translation>Chỉ lưu thông tin liên hệ khi người dân đồng ý: đánh dấu đồng ý hoặc xóa thông tin liên hệ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="45"/>
        <source>Assign to an agency</source>
        <translation>Giao cơ quan xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="46"/>
        <source>Forward to another agency</source>
        <translation>Chuyển cơ quan khác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="47"/>
        <source>Extend the deadline</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="48"/>
        <source>Record the agency&apos;s resolution</source>
        <translation>Ghi nhận kết quả xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="49"/>
        <source>Close after the call-back</source>
        <translation>Đóng sau khi gọi lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="50"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="51"/>
        <source>Attach a call</source>
        <translation>Gắn cuộc gọi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="96"/>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="148"/>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="90"/>
        <source>%1 is required</source>
        <translation>Cần nhập %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="100"/>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="127"/>
        <source>%1 is too long (at most %2 characters)</source>
        <translation>%1 quá dài (tối đa %2 ký tự)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="111"/>
        <source>the action must be an object</source>
        <translation>thao tác phải là một đối tượng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="115"/>
        <source>unknown action %1</source>
        <translation>thao tác không xác định %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="121"/>
        <source>unknown field %1</source>
        <translation>trường không xác định %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="138"/>
        <source>unknown state %1</source>
        <translation>trạng thái không xác định %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="154"/>
        <source>the rating must be a whole number 1 to 5</source>
        <translation>điểm đánh giá phải là số nguyên từ 1 đến 5</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="165"/>
        <source>the complaint is %1 now, not %2</source>
        <translation>phản ánh hiện ở trạng thái %1, không phải %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="173"/>
        <source>%1 is not possible for a complaint that is %2</source>
        <translation>Không thể %1 phản ánh đang ở trạng thái %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="186"/>
        <source>the new deadline must be later than the current one</source>
        <translation>hạn mới phải sau hạn hiện tại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/workflow.py" line="194"/>
        <source>the complaint is with %1 already</source>
        <translation>phản ánh đã do %1 xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="13"/>
        <source>received</source>
        <translation>mới tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="14"/>
        <source>assigned</source>
        <translation>đã giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="15"/>
        <source>forwarded</source>
        <translation>đã chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="16"/>
        <source>in progress</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="17"/>
        <source>resolved</source>
        <translation>đã có kết quả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="18"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="19"/>
        <source>reopened</source>
        <translation>mở lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="22"/>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="32"/>
        <source>Agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="23"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="24"/>
        <source>New deadline</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="27"/>
        <source>Number</source>
        <translation>Số phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="28"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="29"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="30"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="31"/>
        <source>Ward</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="33"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="34"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="35"/>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="63"/>
        <source>%1 d %2 h</source>
        <translation>%1 ngày %2 giờ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="69"/>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="74"/>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="76"/>
        <source>overdue %1</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="77"/>
        <source>%1 left</source>
        <translation>còn %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/texts.py" line="84"/>
        <source>%1 is not possible: the complaint is %2</source>
        <translation>Không thể thực hiện «%1»: phản ánh đang ở trạng thái %2</translation>
    </message>
</context>
<context>
    <name>ComplaintsDomain</name>
    <message>
        <location filename="../../plugins/complaints/plugin.py" line="63"/>
        <source>Due complaints handled</source>
        <translation>Phản ánh đến hạn đã xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/complaints/plugin.py" line="73"/>
        <source>Handled on time</source>
        <translation>Xử lý đúng hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/complaints/plugin.py" line="83"/>
        <source>Open complaints</source>
        <translation>Phản ánh đang xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/complaints/plugin.py" line="90"/>
        <source>Citizens satisfied</source>
        <translation>Người dân hài lòng</translation>
    </message>
    <message>
        <location filename="../../plugins/complaints/plugin.py" line="102"/>
        <source>Citizen complaints (1022)</source>
        <translation>Phản ánh, kiến nghị (1022)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="143"/>
        <source>Click in a panel first: there is no current panel.</source>
        <translation>Hãy bấm vào một bảng trước: hiện chưa có bảng nào được chọn.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="183"/>
        <source>The layout “%1” cannot be opened: %2</source>
        <translation>Không mở được bố cục “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="205"/>
        <source>The layout could not be saved: %1</source>
        <translation>Không lưu được bố cục: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="213"/>
        <source>Layout “%1” saved</source>
        <translation>Đã lưu bố cục “%1”</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="223"/>
        <source>Save layout as</source>
        <translation>Lưu bố cục với tên khác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="224"/>
        <source>Name of the layout:</source>
        <translation>Tên bố cục:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="245"/>
        <source>This language is not installed; the interface stays in English.</source>
        <translation>Ngôn ngữ này chưa được cài đặt; giao diện vẫn hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="347"/>
        <source>Demo backend unplugged: the console now works as if the link were cut.</source>
        <translation>Đã rút máy chủ demo: bảng điều khiển giờ hoạt động như khi mất kết nối.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="356"/>
        <source>Demo camera streams stopped: the tiles show the stall and reconnect by themselves once the streams are back.</source>
        <translation>Đã dừng luồng video của các camera demo: các ô hiện trạng thái mất hình và tự kết nối lại khi luồng video có trở lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="43"/>
        <source>libVLC is not available</source>
        <translation>libVLC không khả dụng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="49"/>
        <source>rtsp:// opens</source>
        <translation>mở được rtsp://</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="56"/>
        <source>through the local relay (this libVLC cannot open rtsp:// itself): %1</source>
        <translation>qua bộ chuyển tiếp cục bộ (libVLC này không tự mở được rtsp://): %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="67"/>
        <source>this libVLC cannot open rtsp:// (built without live555); cameras play through their HTTP/HLS relay address, or install a VLC build with RTSP</source>
        <translation>bản libVLC này không mở được rtsp:// (được biên dịch không kèm live555); camera sẽ phát qua địa chỉ chuyển tiếp HTTP/HLS, hoặc hãy cài bản VLC có hỗ trợ RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="17"/>
        <source>Backend: not checked yet</source>
        <translation>Máy chủ: chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="21"/>
        <source>Backend: connecting…</source>
        <translation>Máy chủ: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="24"/>
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="26"/>
        <source>● Offline — working from the cache</source>
        <translation>● Mất kết nối — đang dùng bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="30"/>
        <source>● Sign-in needed — working from the cache</source>
        <translation>● Cần đăng nhập — đang dùng dữ liệu đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="36"/>
        <source>%1 action(s) queued</source>
        <translation>%1 thao tác đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="44"/>
        <source>Cache empty: no data received yet</source>
        <translation>Bộ nhớ đệm trống: chưa nhận được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="48"/>
        <source>Data as of %1</source>
        <translation>Dữ liệu cập nhật %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="53"/>
        <source>Layout: %1</source>
        <translation>Bố cục: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="90"/>
        <source>%1 — window %2</source>
        <translation>%1 — cửa sổ %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="101"/>
        <source>No panels in this window.
Open one from the Panels menu, or send one here with Ctrl+Alt and the number of this screen.</source>
        <translation>Cửa sổ này chưa có bảng nào.
Hãy mở một bảng từ menu Bảng, hoặc gửi một bảng sang đây bằng Ctrl+Alt và số thứ tự của màn hình này.</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="31"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="33"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="37"/>
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="43"/>
        <source>Administrative procedure results</source>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="45"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="46"/>
        <source>Facilities</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="47"/>
        <source>KPIs</source>
        <translation>Chỉ số KPI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="48"/>
        <source>Directive tasks</source>
        <translation>Nhiệm vụ chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="50"/>
        <source>Alert SLA targets</source>
        <translation>Chỉ tiêu thời gian xử lý cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="54"/>
        <source>Alert procedures (SOP)</source>
        <translation>Quy trình xử lý cảnh báo (SOP)</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="120"/>
        <source>Play cameras (W)</source>
        <translation>Phát camera (W)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="121"/>
        <source>Show on map (L)</source>
        <translation>Xem trên bản đồ (L)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="122"/>
        <source>Snapshot (V)</source>
        <translation>Ảnh chụp (V)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="123"/>
        <source>Skip the chosen step…</source>
        <translation>Bỏ qua bước đang chọn…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="126"/>
        <source>Procedure</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="127"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="128"/>
        <source>Nearby complaints</source>
        <translation>Phản ánh gần đó</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="129"/>
        <source>Snapshot</source>
        <translation>Ảnh chụp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="150"/>
        <source>No alert chosen</source>
        <translation>Chưa chọn cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="151"/>
        <source>Choose an alert in the queue (J and K move).</source>
        <translation>Chọn một cảnh báo trong danh sách (J và K để di chuyển).</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="164"/>
        <source>Raised %1</source>
        <translation>Phát sinh lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="167"/>
        <source>SLA left: %1</source>
        <translation>Còn lại (SLA): %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="169"/>
        <source>Repeated %1 times</source>
        <translation>Lặp lại %1 lần</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="172"/>
        <source>One of an incident of %1 related alerts (I chooses them all)</source>
        <translation>Thuộc một sự vụ gồm %1 cảnh báo liên quan (phím I để chọn tất cả)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="177"/>
        <source>Chattering: raised and cleared 3+ times within a minute</source>
        <translation>Dao động: phát sinh và tự hết từ 3 lần trở lên trong một phút</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="195"/>
        <source>This alert has no procedure.</source>
        <translation>Cảnh báo này không có quy trình.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="206"/>
        <source>skipped: %1</source>
        <translation>đã bỏ qua: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="220"/>
        <source>Mandatory: the alert cannot be resolved before it is done</source>
        <translation>Bắt buộc: chưa xong bước này thì chưa thể hoàn tất xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="222"/>
        <source>Optional: it may be skipped with a reason</source>
        <translation>Không bắt buộc: có thể bỏ qua nếu nêu lý do</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/details.py" line="258"/>
        <source>No complaint within %1 m</source>
        <translation>Không có phản ánh nào trong phạm vi %1 m</translation>
    </message>
</context>
<context>
    <name>Directives</name>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="35"/>
        <source>Tasks done on time</source>
        <translation>Nhiệm vụ hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="42"/>
        <source>Share of the tasks done by their deadline among those done or past their deadline</source>
        <translation>Tỷ lệ nhiệm vụ hoàn thành đúng hạn trong số nhiệm vụ đã hoàn thành hoặc đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="49"/>
        <source>Tasks overdue now</source>
        <translation>Nhiệm vụ đang quá hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="61"/>
        <source>Tasks due within 7 days</source>
        <translation>Nhiệm vụ đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="69"/>
        <source>Directive task falling due</source>
        <translation>Nhiệm vụ chỉ đạo đến hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="79"/>
        <source>Reminder of a directive task&apos;s deadline</source>
        <translation>Nhắc hạn nhiệm vụ chỉ đạo</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="90"/>
        <location filename="../../plugins/directives/plugin.py" line="164"/>
        <source>Directive documents</source>
        <translation>Văn bản chỉ đạo điều hành</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="95"/>
        <source>Tasks not done, by agency</source>
        <translation>Nhiệm vụ chưa hoàn thành theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="105"/>
        <source>Tasks by state</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="113"/>
        <source>Overdue tasks, by agency</source>
        <translation>Nhiệm vụ quá hạn theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="123"/>
        <source>Tasks by issuing body</source>
        <translation>Nhiệm vụ theo cơ quan giao</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="133"/>
        <source>Tasks not done, by deadline</source>
        <translation>Nhiệm vụ chưa hoàn thành, theo hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="138"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="141"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="142"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="143"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="144"/>
        <source>Assignee</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="147"/>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="150"/>
        <source>Issued by</source>
        <translation>Cơ quan giao</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="151"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/directives/plugin.py" line="157"/>
        <source>Tasks assigned by the documents of the People&apos;s Committees</source>
        <translation>Nhiệm vụ được giao tại các văn bản của Ủy ban nhân dân</translation>
    </message>
</context>
<context>
    <name>DomainDashboard</name>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="7"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="8"/>
        <source>Figures as of %1</source>
        <translation>Số liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="9"/>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="10"/>
        <source>No local cache: the figures cannot be computed on this console.</source>
        <translation>Không có bộ nhớ đệm cục bộ: máy này không tính được số liệu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="13"/>
        <source>No data yet: the records appear here once the console has received them.</source>
        <translation>Chưa có dữ liệu: các bản ghi sẽ hiện ở đây khi bảng điều khiển nhận được.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="16"/>
        <source>KPI figures are not computed yet.</source>
        <translation>Chỉ số KPI chưa được tính.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="17"/>
        <source>KPI %1 is not registered</source>
        <translation>Chưa đăng ký chỉ số KPI %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="18"/>
        <source>Could not compute: %1</source>
        <translation>Không tính được: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="19"/>
        <source>No records.</source>
        <translation>Không có bản ghi.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="20"/>
        <source>No record matches the search.</source>
        <translation>Không có bản ghi nào khớp với tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="21"/>
        <source>Search the list (accents optional)</source>
        <translation>Tìm trong danh sách (không cần dấu)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="22"/>
        <source>%1 of %2 records</source>
        <translation>%1 / %2 bản ghi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="23"/>
        <source>Showing the %1 records behind: %2</source>
        <translation>Đang hiện %1 bản ghi của: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="24"/>
        <source>Show all records</source>
        <translation>Hiện tất cả bản ghi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="25"/>
        <source>Show on map</source>
        <translation>Xem trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="26"/>
        <source>This record has no position on the map.</source>
        <translation>Bản ghi này không có vị trí trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="27"/>
        <source>Select a record in the list first.</source>
        <translation>Hãy chọn một bản ghi trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="28"/>
        <source>“%1” does not apply to this record.</source>
        <translation>“%1” không áp dụng cho bản ghi này.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="29"/>
        <source>“%1” failed: %2</source>
        <translation>“%1” không thực hiện được: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="30"/>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="31"/>
        <source>No data for this chart yet</source>
        <translation>Chưa có dữ liệu cho biểu đồ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="32"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
</context>
<context>
    <name>DomainOverview</name>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="34"/>
        <source>No domain is enabled: domains come from plugins, which the plugin manager enables.</source>
        <translation>Chưa bật lĩnh vực nào: các lĩnh vực đến từ phần mở rộng, bật trong trình quản lý phần mở rộng.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="38"/>
        <source>Click a domain (or press Enter) to open its dashboard.</source>
        <translation>Bấm vào một lĩnh vực (hoặc nhấn Enter) để mở bảng điều hành của lĩnh vực đó.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="41"/>
        <source>%1 open alerts</source>
        <translation>%1 cảnh báo đang mở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="42"/>
        <source>No headline figure</source>
        <translation>Chưa có chỉ số chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/domains/texts.py" line="43"/>
        <source>This domain has no dashboard.</source>
        <translation>Lĩnh vực này chưa có bảng điều hành.</translation>
    </message>
</context>
<context>
    <name>DrillBanner</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_widgets.py" line="72"/>
        <source>Showing the %1 complaints behind: %2</source>
        <translation>Đang hiện %1 phản ánh của: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_widgets.py" line="84"/>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/drill_banner.py" line="45"/>
        <source>Show the whole queue</source>
        <translation>Hiện toàn bộ danh sách</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/drill_banner.py" line="47"/>
        <source>Showing only %1 alert(s): %2</source>
        <translation>Chỉ hiện %1 cảnh báo: %2</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="68"/>
        <location filename="../../plugins/education/plugin.py" line="68"/>
        <source>Schools</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="89"/>
        <source>School attendance</source>
        <translation>Chuyên cần của học sinh</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="104"/>
        <source>Exam results</source>
        <translation>Kết quả thi</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="124"/>
        <source>Attendance, last school day</source>
        <translation>Tỷ lệ chuyên cần ngày học gần nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="131"/>
        <source>Pupils present over pupils enrolled on the last school day reported</source>
        <translation>Số học sinh có mặt trên số học sinh theo danh sách, ngày học gần nhất đã báo cáo</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="137"/>
        <source>Attendance, 7 days</source>
        <translation>Tỷ lệ chuyên cần 7 ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="147"/>
        <location filename="../../plugins/education/plugin.py" line="232"/>
        <source>Schools at the national standard</source>
        <translation>Trường đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="160"/>
        <source>Graduation rate</source>
        <translation>Tỷ lệ tốt nghiệp THPT</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="170"/>
        <source>Pupils per teacher</source>
        <translation>Số học sinh trên một giáo viên</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="181"/>
        <source>Admitted to public grade 10</source>
        <translation>Tỷ lệ trúng tuyển lớp 10 công lập</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="192"/>
        <source>Many pupils absent from a school</source>
        <translation>Học sinh vắng học đông bất thường</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="202"/>
        <source>QT-GD-01 Unusually many pupils absent</source>
        <translation>QT-GD-01 Học sinh vắng học đông bất thường</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="223"/>
        <source>Schools and colleges</source>
        <translation>Trường học, cao đẳng, đại học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="240"/>
        <source>Schools not yet at the national standard</source>
        <translation>Trường chưa đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="25"/>
        <source>Absent pupils per school day</source>
        <translation>Học sinh vắng theo ngày học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="29"/>
        <location filename="../../plugins/education/dashboard.py" line="39"/>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="35"/>
        <source>Absent pupils by school, last school day</source>
        <translation>Học sinh vắng theo trường, ngày học gần nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="46"/>
        <source>Graduation exam by year</source>
        <translation>Thi tốt nghiệp THPT theo năm</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="51"/>
        <source>Candidates</source>
        <translation>Thí sinh</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="52"/>
        <source>Graduated</source>
        <translation>Tốt nghiệp</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="58"/>
        <source>Pupils by level</source>
        <translation>Học sinh theo cấp học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="62"/>
        <location filename="../../plugins/education/dashboard.py" line="74"/>
        <source>Pupils</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="71"/>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="72"/>
        <source>Level</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="73"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="75"/>
        <source>Classes</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="76"/>
        <source>Teachers</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="78"/>
        <source>Classrooms</source>
        <translation>Phòng học</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="81"/>
        <source>Computers</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="83"/>
        <source>National standard</source>
        <translation>Chuẩn quốc gia</translation>
    </message>
    <message>
        <location filename="../../plugins/education/dashboard.py" line="87"/>
        <source>Kindergartens, primary, lower and upper secondary schools of the city; attendance reported by the schools at 09:00</source>
        <translation>Các trường mầm non, tiểu học, THCS và THPT trên địa bàn; chuyên cần do nhà trường báo cáo lúc 9 giờ</translation>
    </message>
    <message>
        <location filename="../../plugins/education/plugin.py" line="255"/>
        <location filename="../../plugins/education/plugin.py" line="259"/>
        <source>Education</source>
        <translation>Giáo dục</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="47"/>
        <source>The panel “%1” could not be opened.</source>
        <translation>Không mở được bảng “%1”.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="50"/>
        <source>%1
The rest of the console works. Details are in the Event log.</source>
        <translation>%1
Các phần khác của bảng điều khiển vẫn hoạt động bình thường. Chi tiết xem trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="54"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="105"/>
        <source>%1 of %2</source>
        <translation>%1 trong số %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="136"/>
        <source>Debug and above</source>
        <translation>Gỡ lỗi trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="137"/>
        <source>Info and above</source>
        <translation>Thông tin trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="138"/>
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="139"/>
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="144"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="145"/>
        <source>Search the log (diacritics ignored)…</source>
        <translation>Tìm trong nhật ký (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="146"/>
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="76"/>
        <source>All categories</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="106"/>
        <source>Filter: title, place, source, ward… (Ctrl+F; accents not needed)</source>
        <translation>Lọc: tiêu đề, địa điểm, nguồn, phường/xã… (Ctrl+F; không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="109"/>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="145"/>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="111"/>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="114"/>
        <source>State: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="119"/>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="156"/>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="77"/>
        <source>All wards</source>
        <translation>Mọi phường/xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="121"/>
        <source>Ward: %1</source>
        <translation>Phường/xã: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="123"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="124"/>
        <source>Priority: %1</source>
        <translation>Mức ưu tiên: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="132"/>
        <source>Remove the column filters</source>
        <translation>Bỏ các bộ lọc theo cột</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/filter_bar.py" line="142"/>
        <source>Open alerts</source>
        <translation>Cảnh báo đang mở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="78"/>
        <source>All agencies</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="117"/>
        <source>Search number, place, text (diacritics ignored)…</source>
        <translation>Tìm số, địa điểm, nội dung (không cần dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="120"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="121"/>
        <source>Not yet handled</source>
        <translation>Chưa xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="123"/>
        <source>All channels</source>
        <translation>Mọi kênh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="126"/>
        <source>Any deadline</source>
        <translation>Mọi thời hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="128"/>
        <source>Overdue or due soon</source>
        <translation>Quá hạn hoặc sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="129"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/filter_bar.py" line="130"/>
        <source>Due within 48 h</source>
        <translation>Đến hạn trong 48 giờ</translation>
    </message>
</context>
<context>
    <name>FloodBanner</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/flood_banner.py" line="42"/>
        <source>Alarm flood: %1 alerts in the last 10 minutes (more than 10). Repeats are shown once per source; priorities 3 and 4 are folded into one row. The queue returns to normal below 5 in 10 minutes.</source>
        <translation>Quá tải cảnh báo: %1 cảnh báo trong 10 phút qua (trên 10). Cảnh báo lặp lại được gộp theo nguồn; mức ưu tiên 3 và 4 được thu gọn vào một dòng. Danh sách trở lại bình thường khi dưới 5 cảnh báo trong 10 phút.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/flood_banner.py" line="48"/>
        <source>Fold priorities 3–4</source>
        <translation>Thu gọn mức 3–4</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/flood_banner.py" line="48"/>
        <source>Show priorities 3–4</source>
        <translation>Hiện mức 3–4</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/dialogs.py" line="75"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
</context>
<context>
    <name>Grids</name>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="59"/>
        <source>1 × 1</source>
        <translation>1 × 1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="60"/>
        <source>2 × 2</source>
        <translation>2 × 2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="61"/>
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="62"/>
        <source>4 × 4</source>
        <translation>4 × 4</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="64"/>
        <source>1 + 5</source>
        <translation>1 + 5</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="66"/>
        <source>1 + 7</source>
        <translation>1 + 7</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="69"/>
        <source>1 + 12</source>
        <translation>1 + 12</translation>
    </message>
</context>
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="62"/>
        <source>The citizen did not rate</source>
        <translation>Người dân không đánh giá</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="66"/>
        <source>Agency</source>
        <translation>Cơ quan xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="68"/>
        <source>New deadline</source>
        <translation>Hạn mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="70"/>
        <source>Citizen&apos;s rating</source>
        <translation>Đánh giá của người dân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="72"/>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="73"/>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="78"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="74"/>
        <source>Resolution</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="75"/>
        <source>What the citizen said</source>
        <translation>Người dân cho biết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="76"/>
        <source>Call-back note</source>
        <translation>Ghi chú cuộc gọi lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="77"/>
        <location filename="../../ioc_console/gui/complaints/handling_dialog.py" line="80"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Healthcare</name>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="86"/>
        <source>Health facilities by day</source>
        <translation>Cơ sở y tế theo ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="105"/>
        <source>Hospital beds</source>
        <translation>Giường bệnh</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="122"/>
        <source>Vaccination by ward</source>
        <translation>Tiêm chủng theo phường</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="140"/>
        <source>Outpatient visits, 7 days</source>
        <translation>Lượt khám ngoại trú 7 ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="148"/>
        <source>Bed occupancy</source>
        <translation>Công suất sử dụng giường bệnh</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="156"/>
        <source>Occupied beds over planned beds at the last midnight census, all hospitals</source>
        <translation>Số giường có người bệnh trên số giường kế hoạch tại lần thống kê 0 giờ gần nhất, tất cả bệnh viện</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="163"/>
        <source>Median emergency wait</source>
        <translation>Thời gian chờ cấp cứu (trung vị)</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="175"/>
        <source>Emergency patients seen within 30 min</source>
        <translation>Tỷ lệ người bệnh cấp cứu được khám trong 30 phút</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="132"/>
        <source>Outpatient visits, last reported day</source>
        <translation>Lượt khám ngoại trú, ngày báo cáo gần nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="185"/>
        <source>Full vaccination coverage, last reported month</source>
        <translation>Tỷ lệ tiêm chủng đầy đủ, tháng báo cáo gần nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="199"/>
        <source>Hospital over its bed capacity</source>
        <translation>Bệnh viện vượt công suất giường bệnh</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="208"/>
        <source>Long emergency wait</source>
        <translation>Thời gian chờ cấp cứu kéo dài</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="218"/>
        <source>QT-YT-01 Hospital beds over capacity</source>
        <translation>QT-YT-01 Bệnh viện quá tải giường bệnh</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="233"/>
        <source>QT-YT-02 Long emergency waits</source>
        <translation>QT-YT-02 Thời gian chờ cấp cứu kéo dài</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="247"/>
        <source>Health facilities</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="255"/>
        <source>Hospital bed occupancy</source>
        <translation>Công suất giường bệnh viện</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="23"/>
        <source>Outpatient visits per day</source>
        <translation>Lượt khám ngoại trú theo ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="27"/>
        <location filename="../../plugins/healthcare/dashboard.py" line="86"/>
        <source>Outpatient</source>
        <translation>Ngoại trú</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="33"/>
        <source>Bed occupancy by facility</source>
        <translation>Công suất giường theo cơ sở</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="37"/>
        <source>Occupancy</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="43"/>
        <source>Emergency visits and admissions per day</source>
        <translation>Lượt cấp cứu và nhập viện theo ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="48"/>
        <location filename="../../plugins/healthcare/dashboard.py" line="92"/>
        <source>Emergency</source>
        <translation>Cấp cứu</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="49"/>
        <location filename="../../plugins/healthcare/dashboard.py" line="89"/>
        <source>Admissions</source>
        <translation>Nhập viện</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="56"/>
        <source>Median emergency wait by hospital</source>
        <translation>Thời gian chờ cấp cứu theo bệnh viện</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="60"/>
        <source>Median wait</source>
        <translation>Thời gian chờ trung vị</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="67"/>
        <source>Vaccination by month</source>
        <translation>Tiêm chủng theo tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="72"/>
        <source>Children due</source>
        <translation>Trẻ trong diện tiêm</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="73"/>
        <source>Fully vaccinated</source>
        <translation>Tiêm đủ mũi</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="79"/>
        <source>Facilities by day</source>
        <translation>Cơ sở y tế theo ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="82"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="83"/>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="84"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="96"/>
        <source>Bed occupancy (%)</source>
        <translation>Công suất giường (%)</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="101"/>
        <source>Emergency wait (min)</source>
        <translation>Chờ cấp cứu (phút)</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/dashboard.py" line="108"/>
        <source>Daily reports of the hospitals, the regional health centre and the ward health stations; vaccination of the expanded programme by ward</source>
        <translation>Báo cáo ngày của các bệnh viện, trung tâm y tế khu vực và trạm y tế phường; tiêm chủng mở rộng theo phường</translation>
    </message>
    <message>
        <location filename="../../plugins/healthcare/plugin.py" line="270"/>
        <location filename="../../plugins/healthcare/plugin.py" line="276"/>
        <source>Healthcare</source>
        <translation>Y tế</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="63"/>
        <source>New complaint</source>
        <translation>Phản ánh mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="86"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="88"/>
        <source>Pick on the map</source>
        <translation>Chọn trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="90"/>
        <source>No place yet</source>
        <translation>Chưa có vị trí</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="98"/>
        <source>The citizen agrees that the contact be kept for the call-back</source>
        <translation>Người dân đồng ý lưu thông tin liên hệ để gọi lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="104"/>
        <source>Attach the call to this complaint</source>
        <translation>Gắn cuộc gọi vào phản ánh này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="111"/>
        <source>File the complaint</source>
        <translation>Tiếp nhận phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="114"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="117"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="118"/>
        <source>Category</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="119"/>
        <source>What the citizen reports</source>
        <translation>Nội dung người dân phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="124"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="126"/>
        <source>Citizen&apos;s name</source>
        <translation>Họ tên người dân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="127"/>
        <source>Citizen&apos;s phone</source>
        <translation>Số điện thoại người dân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="173"/>
        <source>Reading the city&apos;s streets…</source>
        <translation>Đang đọc danh sách đường phố…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="179"/>
        <source>No street or ward of the city found in this address; pick the place on the map</source>
        <translation>Không tìm thấy đường hoặc phường/xã nào của thành phố trong địa chỉ này; hãy chọn vị trí trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="186"/>
        <source>Click the place of the complaint</source>
        <translation>Bấm vào vị trí phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="191"/>
        <source>picked on the map</source>
        <translation>chọn trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="207"/>
        <source>Possible duplicates (same category, within 300 m, last 7 days): %1</source>
        <translation>Phản ánh có thể trùng (cùng lĩnh vực, trong 300 m, 7 ngày qua): %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="240"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="249"/>
        <source>The console has no cache: nothing can be filed</source>
        <translation>Không có bộ nhớ đệm: không thể tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_dialog.py" line="265"/>
        <source>Write what the citizen reports</source>
        <translation>Nhập nội dung người dân phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_request.py" line="79"/>
        <source>New complaint from %1</source>
        <translation>Phản ánh mới từ %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/intake_request.py" line="84"/>
        <source>given place</source>
        <translation>vị trí được cung cấp</translation>
    </message>
</context>
<context>
    <name>KPIs</name>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="104"/>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="45"/>
        <source>rated</source>
        <translation>có đánh giá</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="50"/>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="52"/>
        <source>handled or past deadline</source>
        <translation>đã xử lý hoặc đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="31"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="35"/>
        <source>Complaints received in the period</source>
        <translation>Phản ánh tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="39"/>
        <source>Handled</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="42"/>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="59"/>
        <source>deadline passed</source>
        <translation>đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="34"/>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="66"/>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="43"/>
        <source>Resolved or closed, among those whose deadline has passed</source>
        <translation>Đã giải quyết hoặc kết thúc, trong số phản ánh đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="47"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="51"/>
        <source>Handled by the legal deadline, among those handled or past it</source>
        <translation>Xử lý trong hạn luật định, trong số đã xử lý hoặc đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="57"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="60"/>
        <location filename="../../ioc_console/gui/complaints/dashboard_texts.py" line="73"/>
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="61"/>
        <source>Handled after the deadline, or still open past it</source>
        <translation>Xử lý sau hạn, hoặc chưa xử lý mà đã quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="65"/>
        <source>Open now</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="68"/>
        <source>open</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="70"/>
        <source>Not yet resolved, at the end of the period</source>
        <translation>Chưa giải quyết, tại cuối kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="74"/>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="77"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="79"/>
        <source>Past the deadline and not resolved, at the end of the period</source>
        <translation>Quá hạn mà chưa giải quyết, tại cuối kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="85"/>
        <source>Median handling time</source>
        <translation>Thời gian xử lý trung vị</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="88"/>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="96"/>
        <source>handled</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="89"/>
        <source>Working hours from receipt to resolution</source>
        <translation>Số giờ làm việc từ lúc tiếp nhận đến khi giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="93"/>
        <source>90th percentile handling time</source>
        <translation>Thời gian xử lý phân vị 90</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="97"/>
        <source>Nine in ten are handled within this many working hours</source>
        <translation>Chín trên mười phản ánh được xử lý trong số giờ làm việc này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="101"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="105"/>
        <source>Satisfied (4 or 5 of 5) among the citizens who rated</source>
        <translation>Hài lòng (4 hoặc 5 trên 5) trong số người dân đã đánh giá</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="109"/>
        <source>Rated</source>
        <translation>Có đánh giá</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="112"/>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/complaints/kpi_defs.py" line="113"/>
        <source>Citizens who rated the handling, among the closed complaints</source>
        <translation>Người dân đã đánh giá việc xử lý, trong số phản ánh đã kết thúc</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="21"/>
        <source>target met</source>
        <translation>đạt chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="22"/>
        <source>below target</source>
        <translation>dưới chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="23"/>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="24"/>
        <source>alarm</source>
        <translation>báo động</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="39"/>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="51"/>
        <source>%1 pts</source>
        <translation>%1 điểm %</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/briefing/pdf.py" line="88"/>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="100"/>
        <source>target %1</source>
        <translation>chỉ tiêu %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/charts/kpi_tile.py" line="104"/>
        <source>Change against the previous period of the same length</source>
        <translation>Thay đổi so với kỳ trước cùng độ dài</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="25"/>
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="26"/>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="27"/>
        <source>Ward office</source>
        <translation>Văn phòng phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="28"/>
        <source>Leaders</source>
        <translation>Lãnh đạo</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="17"/>
        <source>the backend cannot be reached (network or server down)</source>
        <translation>không kết nối được máy chủ (mất mạng hoặc máy chủ ngừng)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="20"/>
        <source>the backend does not answer in time</source>
        <translation>máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="21"/>
        <source>the backend is overloaded or in maintenance</source>
        <translation>máy chủ đang quá tải hoặc bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="24"/>
        <source>the backend asked the console to slow down</source>
        <translation>máy chủ yêu cầu giảm tần suất truy vấn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="27"/>
        <source>the backend has an internal error</source>
        <translation>máy chủ gặp lỗi nội bộ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="28"/>
        <source>the sign-in was not accepted</source>
        <translation>đăng nhập không được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="29"/>
        <source>the backend&apos;s answer does not follow the contract</source>
        <translation>dữ liệu máy chủ trả về không đúng đặc tả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="32"/>
        <source>the backend&apos;s answer is too large</source>
        <translation>dữ liệu máy chủ trả về quá lớn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="34"/>
        <source>an unexpected error</source>
        <translation>lỗi không lường trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="39"/>
        <source>acknowledge</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="40"/>
        <source>assign</source>
        <translation>giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="41"/>
        <source>escalate</source>
        <translation>chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="42"/>
        <source>shelve</source>
        <translation>tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="43"/>
        <source>unshelve</source>
        <translation>bỏ tạm gác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="44"/>
        <source>procedure step</source>
        <translation>bước quy trình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="45"/>
        <source>merge duplicates</source>
        <translation>gộp cảnh báo trùng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="46"/>
        <source>comment</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="47"/>
        <source>resolve</source>
        <translation>xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="48"/>
        <source>close</source>
        <translation>đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="65"/>
        <source>“%1” on %2 was not applied: someone else changed it first.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: người khác đã thay đổi trước.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="70"/>
        <source>It is now “%3”.</source>
        <translation>Trạng thái hiện tại: “%3”.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="74"/>
        <source>“%1” on %2 was not sent: it was queued for another backend.</source>
        <translation>Thao tác “%1” trên %2 không được gửi: thao tác này được xếp hàng cho một máy chủ khác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="78"/>
        <source>“%1” on %2 was not applied: your role may not do this.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: vai trò của bạn không được phép.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="82"/>
        <source>“%1” on %2 was not applied: it no longer exists on the server.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: mục này không còn trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="86"/>
        <source>“%1” on %2 was refused by the server.</source>
        <translation>Máy chủ từ chối thao tác “%1” trên %2.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="35"/>
        <source>Working offline: %1. The console works from its cache; your actions are queued and sent when the link is back.</source>
        <translation>Đang làm việc ngoại tuyến: %1. Bảng điều khiển dùng dữ liệu đệm; các thao tác của bạn được xếp hàng và gửi khi có kết nối lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="45"/>
        <source>The backend is reachable again.</source>
        <translation>Đã kết nối lại máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="51"/>
        <source>The backend did not accept the sign-in: %1</source>
        <translation>Máy chủ không chấp nhận đăng nhập: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="82"/>
        <source>The demo backend did not start: %1</source>
        <translation>Máy chủ demo không khởi động được: %1</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_actions.py" line="66"/>
        <source>Export the list as CSV</source>
        <translation>Xuất danh sách ra CSV</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_actions.py" line="68"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/complaints/list_actions.py" line="79"/>
        <source>The list could not be written: %1</source>
        <translation>Không ghi được danh sách: %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="29"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="30"/>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="31"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="32"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="90"/>
        <source>Debug</source>
        <translation>Gỡ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="91"/>
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="92"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="93"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="94"/>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Sign in to the IOC backend</source>
        <translation>Đăng nhập máy chủ IOC</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="21"/>
        <source>The console needs your account to read data from the backend and send your actions.</source>
        <translation>Bảng điều khiển cần tài khoản của bạn để đọc dữ liệu từ máy chủ và gửi các thao tác của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="37"/>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="50"/>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="16"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="17"/>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="18"/>
        <source>30 days</source>
        <translation>30 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="19"/>
        <source>90 days</source>
        <translation>90 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="131"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="138"/>
        <source>Complaint density</source>
        <translation>Mật độ phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="145"/>
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="154"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="162"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="143"/>
        <source>Offline map tiles cannot be used: %1</source>
        <translation>Không dùng được bản đồ nền ngoại tuyến: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="163"/>
        <source>© Cao Lãnh administrative units (approximate)</source>
        <translation>© Ranh giới đơn vị hành chính Cao Lãnh (gần đúng)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="170"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="171"/>
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="172"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="173"/>
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="174"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="175"/>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="176"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="177"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="178"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="179"/>
        <source>Raised</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="180"/>
        <source>Category</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="181"/>
        <source>Show camera</source>
        <translation>Xem camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="187"/>
        <source>open</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="187"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="190"/>
        <source>camera detection</source>
        <translation>phát hiện từ camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="191"/>
        <source>CAP warning</source>
        <translation>cảnh báo CAP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="192"/>
        <source>KPI breach</source>
        <translation>chỉ số vượt ngưỡng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="193"/>
        <source>overdue complaint</source>
        <translation>phản ánh quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="194"/>
        <source>raised by an operator</source>
        <translation>do điều hành viên tạo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="197"/>
        <source>telephone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="198"/>
        <source>email</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="199"/>
        <source>website</source>
        <translation>trang web 1022</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="281"/>
        <source>The map stopped text that tried to run as a script.</source>
        <translation>Bản đồ đã chặn một đoạn văn bản định chạy như mã lệnh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="339"/>
        <source>Units as of</source>
        <translation>Đơn vị hành chính tại ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="340"/>
        <source>Complaint density</source>
        <translation>Mật độ phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="343"/>
        <source>Centre on new urgent alerts</source>
        <translation>Đưa cảnh báo khẩn mới vào giữa bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="345"/>
        <source>Move the map to each new priority 1 or 2 alert as it arrives</source>
        <translation>Di chuyển bản đồ tới mỗi cảnh báo mới có mức ưu tiên 1 hoặc 2</translation>
    </message>
</context>
<context>
    <name>MapPlaces</name>
    <message>
        <location filename="../../ioc_console/gui/map/places.py" line="61"/>
        <source>Click the map to pick the place</source>
        <translation>Bấm vào bản đồ để chọn vị trí</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="37"/>
        <source>&amp;Console</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="39"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="42"/>
        <source>&amp;Window</source>
        <translation>Cửa &amp;sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="45"/>
        <source>&amp;Layouts</source>
        <translation>Bố &amp;cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="47"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="49"/>
        <source>&amp;About IOC Console</source>
        <translation>&amp;Giới thiệu IOC Console</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="52"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="57"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="60"/>
        <source>Float the current panel</source>
        <translation>Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="65"/>
        <source>Save layout</source>
        <translation>Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="69"/>
        <source>Send the current panel to screen %1</source>
        <translation>Gửi bảng hiện tại sang màn hình %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="105"/>
        <source>Colour &amp;theme</source>
        <translation>Màu &amp;giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="108"/>
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="109"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="117"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="120"/>
        <source>&amp;Plugins…</source>
        <translation>&amp;Phần mở rộng…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="121"/>
        <source>Daily &amp;briefing (PDF)</source>
        <translation>&amp;Bản tin điều hành hằng ngày (PDF)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="125"/>
        <source>&amp;Demo backend connected</source>
        <translation>Máy chủ &amp;demo đang kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="129"/>
        <source>Demo &amp;camera streams on</source>
        <translation>&amp;Camera demo đang phát</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="151"/>
        <source>&amp;Mute alert sounds</source>
        <translation>&amp;Tắt âm thanh cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="157"/>
        <source>Shift &amp;handover…</source>
        <translation>&amp;Giao ca…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="174"/>
        <source>&amp;Float the current panel</source>
        <translation>&amp;Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="179"/>
        <source>&amp;Send the current panel to screen</source>
        <translation>&amp;Gửi bảng hiện tại sang màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="189"/>
        <source>&amp;Move the current panel to window</source>
        <translation>&amp;Di chuyển bảng hiện tại sang cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="198"/>
        <source>&amp;Close the current panel</source>
        <translation>Đó&amp;ng bảng hiện tại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="206"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="212"/>
        <source>&amp;New window on screen</source>
        <translation>Cửa sổ &amp;mới trên màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="216"/>
        <source>Open a window on &amp;every screen</source>
        <translation>Mở &amp;cửa sổ trên mọi màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="221"/>
        <source>&amp;Close this window</source>
        <translation>Đó&amp;ng cửa sổ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="236"/>
        <source>&amp;Save layout</source>
        <translation>&amp;Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="240"/>
        <source>Save layout &amp;as…</source>
        <translation>Lưu bố cục &amp;với tên khác…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="244"/>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="248"/>
        <source>&amp;Delete this layout</source>
        <translation>&amp;Xóa bố cục này</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/notification_bar.py" line="39"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/notification_bar.py" line="47"/>
        <source>Close this notice</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="75"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="86"/>
        <source>Colour theme</source>
        <translation>Màu giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="89"/>
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="90"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="99"/>
        <source>Font size (points)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="108"/>
        <source>Layout opened at start-up</source>
        <translation>Bố cục mở khi khởi động</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="117"/>
        <source>Save the current layout when the console closes</source>
        <translation>Lưu bố cục hiện tại khi đóng bảng điều khiển</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="125"/>
        <source>Plugins that are not loaded</source>
        <translation>Các phần mở rộng không được tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="134"/>
        <source>Log level</source>
        <translation>Mức ghi nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="137"/>
        <source>Debug (everything)</source>
        <translation>Gỡ lỗi (mọi thông tin)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="138"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="139"/>
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="140"/>
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="151"/>
        <source>Grid of a new video wall</source>
        <translation>Bố cục ô của màn hình video mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="161"/>
        <source>Folder for camera snapshots (empty: Pictures/IOC Console)</source>
        <translation>Thư mục lưu ảnh chụp camera (để trống: Pictures/IOC Console)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="170"/>
        <source>Memory of a video worker process before it is replaced (MB)</source>
        <translation>Bộ nhớ của một tiến trình giải mã video trước khi được thay (MB)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="180"/>
        <source>Age of a video worker process before it is replaced (hours)</source>
        <translation>Thời gian chạy của một tiến trình giải mã video trước khi được thay (giờ)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="190"/>
        <source>Clicking an alert notification brings the console forward</source>
        <translation>Bấm vào thông báo cảnh báo sẽ đưa cửa sổ IOC Console lên trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="200"/>
        <source>This console position&apos;s id (in the alerts&apos; history)</source>
        <translation>Mã của vị trí bàn điều hành này (ghi trong lịch sử cảnh báo)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="211"/>
        <source>Folder for the daily briefing PDF (empty: Documents/IOC Console)</source>
        <translation>Thư mục lưu bản tin điều hành hằng ngày (PDF) (để trống: Documents/IOC Console)</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="83"/>
        <location filename="../../ioc_console/gui/selftest.py" line="88"/>
        <source>System status</source>
        <translation>Trạng thái hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="92"/>
        <source>Event log</source>
        <translation>Nhật ký sự kiện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="101"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="110"/>
        <source>Video wall</source>
        <translation>Màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="121"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="130"/>
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="139"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="148"/>
        <source>Complaint dashboard</source>
        <translation>Bảng điều hành phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="157"/>
        <source>Administrative procedures dashboard</source>
        <translation>Bảng điều hành thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="166"/>
        <source>Alarm load</source>
        <translation>Mức tải cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="175"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../ioc_console/gui/charts/period_selector.py" line="45"/>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="34"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="35"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="36"/>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="37"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="38"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="39"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="40"/>
        <source>All records</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="41"/>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/periods.py" line="43"/>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
</context>
<context>
    <name>PluginManager</name>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="14"/>
        <source>On</source>
        <translation>Đang bật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="15"/>
        <source>Off</source>
        <translation>Đã tắt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="16"/>
        <source>Failed to load</source>
        <translation>Lỗi khi tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="17"/>
        <source>Incompatible</source>
        <translation>Không tương thích</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="20"/>
        <source>Built in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="21"/>
        <source>Your plugins folder</source>
        <translation>Thư mục phần mở rộng của bạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="22"/>
        <source>The site&apos;s plugins folder</source>
        <translation>Thư mục phần mở rộng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="23"/>
        <source>Folder named at start-up</source>
        <translation>Thư mục chỉ định khi khởi động</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="26"/>
        <source>%1, errors: %2</source>
        <translation>%1, lỗi: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="27"/>
        <source>Installed package %1</source>
        <translation>Gói đã cài %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="30"/>
        <source>Panels</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="31"/>
        <source>Map layers</source>
        <translation>Lớp bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="32"/>
        <source>Data feeds</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="33"/>
        <source>KPIs</source>
        <translation>Chỉ số KPI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="34"/>
        <source>Alert rules</source>
        <translation>Quy tắc cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="35"/>
        <source>Procedures</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="36"/>
        <source>Dashboards</source>
        <translation>Bảng tổng hợp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/texts.py" line="37"/>
        <source>Overview tiles</source>
        <translation>Ô tổng quan</translation>
    </message>
</context>
<context>
    <name>PluginManagerDialog</name>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="54"/>
        <source>Plugins</source>
        <translation>Phần mở rộng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="57"/>
        <source>Plugins bring the console&apos;s domains: panels, map layers, data feeds, KPIs and alert rules. Switching a plugin off removes everything it added at once; switching it on brings it back. The choice is kept for the next start.</source>
        <translation>Các phần mở rộng mang đến các lĩnh vực của bảng điều khiển: bảng, lớp bản đồ, nguồn dữ liệu, chỉ số KPI và quy tắc cảnh báo. Tắt một phần mở rộng sẽ gỡ ngay mọi thứ nó đã thêm; bật lại sẽ khôi phục chúng. Lựa chọn được giữ cho lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="70"/>
        <source>Plugin</source>
        <translation>Phần mở rộng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="71"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="72"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="73"/>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="74"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="75"/>
        <source>Adds</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="90"/>
        <source>&amp;Errors (the latest first):</source>
        <translation>&amp;Lỗi (mới nhất trước):</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="95"/>
        <source>No errors.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="99"/>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="223"/>
        <source>Show &amp;details</source>
        <translation>Xem &amp;chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="103"/>
        <source>Try &amp;again</source>
        <translation>T&amp;hử lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="107"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="213"/>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="233"/>
        <source>Switch &amp;off</source>
        <translation>&amp;Tắt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="223"/>
        <source>Hide &amp;details</source>
        <translation>Ẩn &amp;chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="231"/>
        <source>Switch &amp;on</source>
        <translation>&amp;Bật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="244"/>
        <source>Adds: %1</source>
        <translation>Bổ sung: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="245"/>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/plugins/manager_dialog.py" line="251"/>
        <source>Could not be loaded: %1</source>
        <translation>Không tải được: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="93"/>
        <source>%1 was written by a newer console (version %2); known options are used and the file is left as it is</source>
        <translation>%1 được ghi bởi phiên bản mới hơn (phiên bản %2); các tùy chọn đã biết được sử dụng và tệp được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="116"/>
        <source>settings could not be read (%1); defaults are used, file kept as %2</source>
        <translation>không đọc được cài đặt (%1); dùng giá trị mặc định, tệp cũ được giữ tại %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="133"/>
        <source>setting ignored, default used: %1</source>
        <translation>bỏ qua cài đặt, dùng giá trị mặc định: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/store.py" line="87"/>
        <source>layout &apos;%1&apos; could not be read (%2); the file was kept as %3</source>
        <translation>không đọc được bố cục “%1” (%2); tệp được giữ tại %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/services.py" line="159"/>
        <source>the cache could not be opened: %1</source>
        <translation>không mở được bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="85"/>
        <source>the cache was damaged (%1); it was moved to %2 and is rebuilt</source>
        <translation>bộ nhớ đệm bị hỏng (%1); tệp đã được chuyển sang %2 và đang được dựng lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="103"/>
        <source>%1 queued action(s) were recovered from the damaged cache</source>
        <translation>Đã khôi phục %1 thao tác chờ gửi từ bộ nhớ đệm bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/tours.py" line="164"/>
        <source>the camera tours could not be read (%1); the file was kept as %2</source>
        <translation>không đọc được các vòng xem camera (%1); tệp được giữ lại thành %2</translation>
    </message>
</context>
<context>
    <name>ProcedureKPIs</name>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="26"/>
        <source>Files received</source>
        <translation>Hồ sơ tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="29"/>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="30"/>
        <source>Files received in the period</source>
        <translation>Hồ sơ tiếp nhận trong kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="34"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="37"/>
        <location filename="../../ioc_console/core/procedures/defs.py" line="45"/>
        <source>resolved</source>
        <translation>đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="38"/>
        <source>Files of the period resolved so far</source>
        <translation>Hồ sơ trong kỳ đã giải quyết đến nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="42"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="46"/>
        <source>Resolved early or on the due day, among the resolved</source>
        <translation>Giải quyết trước hạn hoặc đúng hạn, trên số đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="50"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="53"/>
        <source>resolved early</source>
        <translation>giải quyết trước hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="54"/>
        <source>Resolved before the due day, among the resolved</source>
        <translation>Giải quyết trước ngày hẹn trả, trên số đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="58"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="61"/>
        <source>resolved late</source>
        <translation>giải quyết trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="62"/>
        <source>Resolved after the deadline</source>
        <translation>Giải quyết sau thời hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="66"/>
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="69"/>
        <source>in progress</source>
        <translation>đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="70"/>
        <source>Files of the period not yet resolved</source>
        <translation>Hồ sơ trong kỳ chưa giải quyết xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="74"/>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="77"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="78"/>
        <source>Unresolved past the deadline, whenever received</source>
        <translation>Chưa giải quyết và đã quá hạn, bất kể ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="83"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="86"/>
        <source>submitted online</source>
        <translation>nộp trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/procedures/defs.py" line="87"/>
        <source>Share of the files submitted online</source>
        <translation>Tỷ lệ hồ sơ nộp trực tuyến</translation>
    </message>
</context>
<context>
    <name>ProceduresDashboard</name>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="9"/>
        <source>Files received and resolved</source>
        <translation>Hồ sơ tiếp nhận và đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="10"/>
        <source>Resolved on time (%)</source>
        <translation>Giải quyết đúng hạn (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="11"/>
        <source>Resolved by field: early, on time, late</source>
        <translation>Đã giải quyết theo lĩnh vực: trước hạn, đúng hạn, trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="12"/>
        <source>On-time rate by agency, lagging first (files resolved)</source>
        <translation>Tỷ lệ đúng hạn theo cơ quan, chậm nhất trước (số hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="15"/>
        <source>On-time rate by ward, lagging first (files resolved)</source>
        <translation>Tỷ lệ đúng hạn theo phường, chậm nhất trước (số hồ sơ đã giải quyết)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="19"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="60"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="21"/>
        <source>On time (%)</source>
        <translation>Đúng hạn (%)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="24"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="62"/>
        <source>Early</source>
        <translation>Trước hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="25"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="63"/>
        <source>On the due day</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="26"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="64"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="30"/>
        <source>LĐ-TB&amp;XH</source>
        <translation>LĐ-TB&amp;XH</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="32"/>
        <source>%1 with fewer than %2 resolved files are listed last, not ranked</source>
        <translation>%1 đơn vị có dưới %2 hồ sơ đã giải quyết được xếp cuối, không xếp hạng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="35"/>
        <source>Overdue files now (oldest first)</source>
        <translation>Hồ sơ đang quá hạn (cũ nhất trước)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="37"/>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="38"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="57"/>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="39"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="58"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="40"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="59"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="41"/>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="66"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="43"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="44"/>
        <source>Scope:</source>
        <translation>Phạm vi:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="45"/>
        <source>Wards</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="46"/>
        <source>Agencies</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="47"/>
        <source>Fields</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="48"/>
        <source>Figures as of %1</source>
        <translation>Số liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="49"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="50"/>
        <source>The cache is not available: no figures can be computed.</source>
        <translation>Bộ nhớ đệm không sẵn sàng: không tính được số liệu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="53"/>
        <source>The figures could not be computed: %1</source>
        <translation>Không tính được số liệu: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="54"/>
        <source>Procedure results: %1</source>
        <translation>Kết quả giải quyết TTHC: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="56"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="61"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="65"/>
        <source>Pending</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/procedures/texts.py" line="68"/>
        <source>%1 rows, %2 files</source>
        <translation>%1 dòng, %2 hồ sơ</translation>
    </message>
</context>
<context>
    <name>ProceduresDomain</name>
    <message>
        <location filename="../../plugins/procedures/plugin.py" line="59"/>
        <source>Files resolved on time (30 days)</source>
        <translation>Hồ sơ giải quyết đúng hạn (30 ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/procedures/plugin.py" line="69"/>
        <source>Files submitted online (30 days)</source>
        <translation>Hồ sơ nộp trực tuyến (30 ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/procedures/plugin.py" line="82"/>
        <source>Files overdue</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <location filename="../../plugins/procedures/plugin.py" line="93"/>
        <source>Administrative offices</source>
        <translation>Cơ quan hành chính</translation>
    </message>
    <message>
        <location filename="../../plugins/procedures/plugin.py" line="101"/>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/table.py" line="134"/>
        <source>Filter by this column…</source>
        <translation>Lọc theo cột này…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/table.py" line="137"/>
        <source>Sort ascending</source>
        <translation>Sắp xếp tăng dần</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/table.py" line="140"/>
        <source>Sort descending</source>
        <translation>Sắp xếp giảm dần</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/table.py" line="143"/>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
</context>
<context>
    <name>RendererRecovery</name>
    <message>
        <location filename="../../ioc_console/gui/map/recovery.py" line="43"/>
        <source>The map stopped %1 times in a minute and stays closed; close and open the Map panel to try again.</source>
        <translation>Bản đồ đã dừng %1 lần trong một phút nên tạm đóng; hãy đóng và mở lại bảng Bản đồ để thử lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/recovery.py" line="49"/>
        <source>The map&apos;s display stopped; it has been reloaded.</source>
        <translation>Phần hiển thị bản đồ bị dừng; đã tải lại.</translation>
    </message>
</context>
<context>
    <name>SecurityPlugin</name>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="22"/>
        <source>Incidents by type, last 30 days</source>
        <translation>Vụ việc theo loại, 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="32"/>
        <source>Incidents by ward, last 30 days</source>
        <translation>Vụ việc theo phường, 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="41"/>
        <source>Incidents a day</source>
        <translation>Vụ việc mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="50"/>
        <source>Incidents</source>
        <translation>Vụ việc</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="54"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="56"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="57"/>
        <source>What happened</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="58"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="59"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="60"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="61"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/security/dashboard.py" line="76"/>
        <source>Incidents received by the ward police; patrols of today</source>
        <translation>Vụ việc Công an phường tiếp nhận; tuần tra trong ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="44"/>
        <location filename="../../plugins/security/plugin.py" line="49"/>
        <source>Security and public order</source>
        <translation>An ninh trật tự</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="61"/>
        <source>Security incidents</source>
        <translation>Vụ việc an ninh trật tự</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="78"/>
        <location filename="../../plugins/security/plugin.py" line="217"/>
        <source>Patrol points</source>
        <translation>Điểm tuần tra</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="99"/>
        <source>Incidents, last 7 days</source>
        <translation>Vụ việc, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="111"/>
        <source>Incidents, last 30 days</source>
        <translation>Vụ việc, 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="119"/>
        <source>Incidents handled (30 days)</source>
        <translation>Vụ việc đã xử lý (30 ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="132"/>
        <source>Patrol visits done today</source>
        <translation>Lượt tuần tra đã thực hiện hôm nay</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="139"/>
        <source>Visits done of those planned up to now</source>
        <translation>Lượt đã tuần tra trên số lượt theo kế hoạch đến giờ này</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="145"/>
        <source>Incidents per 10,000 people (30 days)</source>
        <translation>Vụ việc trên 10.000 dân (30 ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="152"/>
        <source>Incidents today in the busiest ward</source>
        <translation>Vụ việc hôm nay ở phường nhiều nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="168"/>
        <source>Incidents cluster in one ward today</source>
        <translation>Nhiều vụ việc trong một phường hôm nay</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="176"/>
        <source>Patrol point not visited for hours</source>
        <translation>Điểm tuần tra nhiều giờ chưa được tuần tra</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="185"/>
        <source>Incidents clustering in a ward</source>
        <translation>Quy trình xử lý vụ việc dồn dập trong một phường</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="197"/>
        <source>Patrol point left unvisited</source>
        <translation>Quy trình điểm tuần tra bị bỏ trống</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="210"/>
        <source>Security incidents (7 days)</source>
        <translation>Vụ việc an ninh trật tự (7 ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/security/plugin.py" line="225"/>
        <source>Police posts</source>
        <translation>Trụ sở công an</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="32"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="47"/>
        <source>Plugins switched off or on here take effect at once. Console › Plugins… shows each plugin with its state and errors.</source>
        <translation>Phần mở rộng bật hoặc tắt ở đây có hiệu lực ngay. Mục Hệ thống › Phần mở rộng… cho biết trạng thái và lỗi của từng phần mở rộng.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="53"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="82"/>
        <source>names separated by commas</source>
        <translation>các tên, cách nhau bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>ShiftHandoverDialog</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="63"/>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="172"/>
        <source>Shift handover</source>
        <translation>Giao ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="66"/>
        <source>Shift: %1</source>
        <translation>Ca trực: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="79"/>
        <source>Note for the next shift</source>
        <translation>Ghi chú cho ca sau</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="86"/>
        <source>What the next operator must know: work in progress, calls to return…</source>
        <translation>Những điều ca sau cần biết: việc đang làm dở, cuộc gọi cần gọi lại…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="88"/>
        <source>Outgoing operator</source>
        <translation>Người giao ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="92"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="93"/>
        <source>Take over</source>
        <translation>Nhận ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="95"/>
        <source>The alert queue shows the open items of this handover, most urgent first</source>
        <translation>Danh sách cảnh báo hiển thị các việc còn mở của lần giao ca này, khẩn cấp nhất trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="108"/>
        <source>Figures of the shift</source>
        <translation>Số liệu của ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="120"/>
        <source>Noisiest sources</source>
        <translation>Nguồn phát nhiều cảnh báo nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="122"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="122"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="122"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="130"/>
        <source>Open items (most urgent first): %1</source>
        <translation>Việc còn mở (khẩn cấp nhất trước): %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="135"/>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="136"/>
        <source>Raised</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="137"/>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="138"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="139"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="174"/>
        <source>The handover was not saved: %1
The note is kept here; try another folder.</source>
        <translation>Chưa lưu được biên bản giao ca: %1
Ghi chú vẫn được giữ ở đây; hãy thử thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="184"/>
        <source>Save the shift handover</source>
        <translation>Lưu biên bản giao ca</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/attention/shift_dialog.py" line="184"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../../ioc_console/gui/alerts/snapshot.py" line="70"/>
        <source>Loading the snapshot…</source>
        <translation>Đang tải ảnh chụp…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/snapshot.py" line="70"/>
        <source>No snapshot</source>
        <translation>Không có ảnh chụp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/alerts/snapshot.py" line="97"/>
        <source>Snapshot not available: %1</source>
        <translation>Không tải được ảnh chụp: %1</translation>
    </message>
</context>
<context>
    <name>SocialMedia</name>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="113"/>
        <source>Social-media posts</source>
        <translation>Bài viết trên mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="119"/>
        <source>Mentions, last 24 hours</source>
        <translation>Lượt đề cập, 24 giờ qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="127"/>
        <source>Mentions, last 7 days</source>
        <translation>Lượt đề cập, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="135"/>
        <source>Share of negative posts, last 7 days</source>
        <translation>Tỷ lệ tin tiêu cực, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="143"/>
        <source>Share of negative posts among the posts of the last 7 days</source>
        <translation>Tỷ lệ bài viết tiêu cực trong các bài viết 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="149"/>
        <source>Negative posts verified and handled</source>
        <translation>Tin tiêu cực đã xác minh, xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="156"/>
        <source>Share of the negative posts older than 48 hours (last 30 days) that were verified and handled or turned into a complaint</source>
        <translation>Tỷ lệ tin tiêu cực đăng quá 48 giờ (30 ngày qua) đã được xác minh và xử lý hoặc chuyển thành phản ánh</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="164"/>
        <source>Negative posts on one topic, last 24 hours</source>
        <translation>Tin tiêu cực cùng một chủ đề, 24 giờ qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="176"/>
        <source>Many negative posts on one topic</source>
        <translation>Nhiều bài viết tiêu cực về cùng một chủ đề</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="184"/>
        <source>Handling a wave of negative posts</source>
        <translation>Xử lý làn sóng bài viết tiêu cực</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="196"/>
        <source>Negative posts awaiting handling</source>
        <translation>Tin tiêu cực chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="205"/>
        <location filename="../../plugins/social_media/plugin.py" line="284"/>
        <source>Social media</source>
        <translation>Thông tin mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="210"/>
        <source>Mentions per day, last 30 days</source>
        <translation>Lượt đề cập theo ngày, 30 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="219"/>
        <source>Hot topics, last 7 days</source>
        <translation>Chủ đề nóng, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="230"/>
        <source>Posts by sentiment, last 7 days</source>
        <translation>Bài viết theo sắc thái, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="240"/>
        <source>Posts by platform, last 7 days</source>
        <translation>Bài viết theo nền tảng, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="251"/>
        <source>Posts</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="256"/>
        <source>Posted</source>
        <translation>Thời gian đăng</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="259"/>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="260"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="261"/>
        <source>Sentiment</source>
        <translation>Sắc thái</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="262"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="263"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="264"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="265"/>
        <source>Reach</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="266"/>
        <source>Complaint</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="272"/>
        <source>Turn into a complaint…</source>
        <translation>Chuyển thành phản ánh…</translation>
    </message>
    <message>
        <location filename="../../plugins/social_media/plugin.py" line="276"/>
        <source>Posts mentioning the city, as the listening service classifies them</source>
        <translation>Bài viết đề cập đến thành phố, theo phân loại của dịch vụ theo dõi mạng xã hội</translation>
    </message>
</context>
<context>
    <name>SocioEconomicPlugin</name>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="92"/>
        <location filename="../../plugins/socio_economic/plugin.py" line="192"/>
        <location filename="../../plugins/socio_economic/plugin.py" line="197"/>
        <source>Socio-economic indicators</source>
        <translation>Chỉ tiêu kinh tế – xã hội</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="112"/>
        <source>GRDP growth, year to date</source>
        <translation>Tăng trưởng GRDP, lũy kế</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="126"/>
        <source>Budget revenue, of plan</source>
        <translation>Thu ngân sách, so với dự toán</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="134"/>
        <source>Budget revenue, of pace</source>
        <translation>Thu ngân sách, so với tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="145"/>
        <source>Public investment disbursed, of plan</source>
        <translation>Giải ngân đầu tư công, so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="153"/>
        <source>Disbursement, of schedule</source>
        <translation>Giải ngân, so với tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="164"/>
        <source>Indicators on pace</source>
        <translation>Chỉ tiêu đạt tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="173"/>
        <location filename="../../plugins/socio_economic/plugin.py" line="181"/>
        <source>Public investment disbursement behind schedule</source>
        <translation>Giải ngân vốn đầu tư công chậm tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="208"/>
        <location filename="../../plugins/socio_economic/plugin.py" line="260"/>
        <source>Year to date</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="209"/>
        <source>Plan to date</source>
        <translation>Kế hoạch theo tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="215"/>
        <source>Budget revenue against the plan</source>
        <translation>Thu ngân sách so với dự toán</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="225"/>
        <source>Public investment disbursed against the schedule</source>
        <translation>Giải ngân đầu tư công so với tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="237"/>
        <source>Share of the year&apos;s plan reached</source>
        <translation>Tỷ lệ đạt kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="248"/>
        <source>Indicators</source>
        <translation>Các chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="251"/>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="252"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="255"/>
        <source>Month&apos;s value</source>
        <translation>Thực hiện trong tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="265"/>
        <source>Year&apos;s plan</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="268"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="271"/>
        <source>Of plan</source>
        <translation>So với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="276"/>
        <source>Expected by now</source>
        <translation>Cần đạt theo tiến độ</translation>
    </message>
    <message>
        <location filename="../../plugins/socio_economic/plugin.py" line="284"/>
        <source>Figures of the city&apos;s monthly socio-economic report; a month is reported early in the next month.</source>
        <translation>Số liệu báo cáo kinh tế – xã hội hằng tháng của thành phố; số liệu tháng được báo cáo đầu tháng sau.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="154"/>
        <source>Unexpected error: %1. The console goes on; details are in the Event log.</source>
        <translation>Lỗi không mong muốn: %1. Bảng điều khiển vẫn tiếp tục hoạt động; chi tiết xem trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="206"/>
        <source>The translations for “%1” are missing; the interface is in English.</source>
        <translation>Thiếu bản dịch cho “%1”; giao diện hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="213"/>
        <source>The console stopped unexpectedly last time; the report is in the Event log.</source>
        <translation>Lần chạy trước, bảng điều khiển đã dừng bất thường; báo cáo lỗi có trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="221"/>
        <source>Settings: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="226"/>
        <source>Cache: %1</source>
        <translation>Bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="231"/>
        <location filename="../../ioc_console/gui/console.py" line="288"/>
        <source>Plugin “%1” was not loaded: %2</source>
        <translation>Không tải được phần mở rộng “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="238"/>
        <source>Demo mode: the console runs on its embedded demo backend with data for Cao Lãnh. Console › Demo backend connected takes it off the network and back; Console › Demo camera streams on stops the cameras&apos; video and starts it again.</source>
        <translation>Chế độ demo: bảng điều khiển chạy trên máy chủ demo tích hợp với dữ liệu của Cao Lãnh. Hệ thống › Máy chủ demo đang kết nối để ngắt và nối lại mạng; Hệ thống › Camera demo đang phát để dừng và phát lại video của các camera.</translation>
    </message>
</context>
<context>
    <name>SystemStatusPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="113"/>
        <source>Event-loop lag (last minute)</source>
        <translation>Độ trễ vòng sự kiện (một phút qua)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="114"/>
        <source>Longest wait</source>
        <translation>Lần chờ lâu nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="125"/>
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="130"/>
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · tối đa %3 ms</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="145"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="148"/>
        <source>%1 ms, while running: %2</source>
        <translation>%1 ms, khi đang chạy: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="69"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="69"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="97"/>
        <source>Console</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="98"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="101"/>
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="105"/>
        <source>Settings</source>
        <translation>Tệp cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="106"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="109"/>
        <source>Settings problem</source>
        <translation>Sự cố cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="157"/>
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="159"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="164"/>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="164"/>
        <source>Site: %1</source>
        <translation>Đơn vị triển khai: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="161"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="166"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="169"/>
        <source>Ward scope</source>
        <translation>Phạm vi phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="168"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="75"/>
        <source>Video workers</source>
        <translation>Tiến trình giải mã video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="159"/>
        <source>Demo (embedded demo backend)</source>
        <translation>Demo (máy chủ demo tích hợp)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="171"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="172"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="173"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="174"/>
        <source>Offline: working from the cache</source>
        <translation>Mất kết nối: đang dùng bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="176"/>
        <source>Sign-in needed: working from the cache</source>
        <translation>Cần đăng nhập: đang dùng dữ liệu đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="181"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="185"/>
        <source>Changes</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="186"/>
        <source>Live (event stream)</source>
        <translation>Trực tiếp (luồng sự kiện)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="186"/>
        <source>By polling</source>
        <translation>Hỏi định kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="191"/>
        <source>Queued actions</source>
        <translation>Thao tác chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="199"/>
        <source>Last contact</source>
        <translation>Liên lạc gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="203"/>
        <source>Reason</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="204"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="214"/>
        <source>“%1” on %2, queued %3</source>
        <translation>“%1” trên %2, xếp hàng lúc %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="220"/>
        <source>%1 attempt(s): %2</source>
        <translation>đã thử %1 lần: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="227"/>
        <source>Data cache</source>
        <translation>Bộ nhớ đệm dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="228"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="230"/>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="234"/>
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="235"/>
        <source>The cache is empty: no data has been received yet</source>
        <translation>Bộ nhớ đệm trống: chưa nhận được dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="241"/>
        <source>%1 rows, never refreshed</source>
        <translation>%1 dòng, chưa cập nhật lần nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="246"/>
        <source>%1 rows, as of %2 (%3)</source>
        <translation>%1 dòng, cập nhật lúc %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="260"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="262"/>
        <source>Plugins</source>
        <translation>Phần mở rộng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="262"/>
        <source>None installed</source>
        <translation>Chưa cài đặt phần mở rộng nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="264"/>
        <source>Loaded</source>
        <translation>Đã tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="265"/>
        <source>Disabled in the settings</source>
        <translation>Đã tắt trong cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="266"/>
        <source>Failed: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="267"/>
        <source>Not compatible: %1</source>
        <translation>Không tương thích: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="279"/>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="281"/>
        <source>Video (libVLC)</source>
        <translation>Video (libVLC)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="282"/>
        <source>RTSP cameras</source>
        <translation>Camera RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="283"/>
        <source>Map engine (QtWebEngine)</source>
        <translation>Trình hiển thị bản đồ (QtWebEngine)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="284"/>
        <source>Alert sounds</source>
        <translation>Âm thanh cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="287"/>
        <source>CAP warning feed</source>
        <translation>Nguồn cảnh báo CAP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="291"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="297"/>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
</context>
<context>
    <name>TileFullScreen</name>
    <message>
        <location filename="../../ioc_console/gui/video/fullscreen.py" line="27"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
</context>
<context>
    <name>TileInput</name>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="139"/>
        <source>Stream</source>
        <translation>Luồng video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="142"/>
        <source>Auto (by tile size)</source>
        <translation>Tự động (theo kích thước ô)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="143"/>
        <source>Low (sub-stream)</source>
        <translation>Thấp (luồng phụ)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="144"/>
        <source>High (main stream)</source>
        <translation>Cao (luồng chính)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="152"/>
        <source>Snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="156"/>
        <source>Reset zoom (1:1)</source>
        <translation>Bỏ phóng to (1:1)</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="22"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="30"/>
        <source>%n minute(s) ago</source>
        <translation>%n phút trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="32"/>
        <source>%n hour(s) ago</source>
        <translation>%n giờ trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="33"/>
        <source>%n day(s) ago</source>
        <translation>%n ngày trước</translation>
    </message>
</context>
<context>
    <name>TourismPlugin</name>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="88"/>
        <location filename="../../plugins/tourism/plugin.py" line="93"/>
        <source>Tourism</source>
        <translation>Du lịch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="105"/>
        <source>Visitors per site and day</source>
        <translation>Lượt khách theo điểm và ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="120"/>
        <location filename="../../plugins/tourism/plugin.py" line="257"/>
        <source>Accommodation</source>
        <translation>Cơ sở lưu trú</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="126"/>
        <location filename="../../plugins/tourism/plugin.py" line="265"/>
        <source>Tourism events</source>
        <translation>Sự kiện du lịch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="149"/>
        <source>Visitors, last reported day</source>
        <translation>Lượt khách, ngày báo cáo gần nhất</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="158"/>
        <source>Visitors, 30 days, of plan</source>
        <translation>Lượt khách 30 ngày so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="169"/>
        <source>Room occupancy</source>
        <translation>Công suất phòng</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="180"/>
        <source>Site revenue, month to date</source>
        <translation>Doanh thu tại điểm, từ đầu tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="189"/>
        <source>Events this week</source>
        <translation>Sự kiện trong tuần</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="201"/>
        <source>Event crowd above the place&apos;s capacity</source>
        <translation>Sự kiện quá sức chứa của địa điểm</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="211"/>
        <location filename="../../plugins/tourism/plugin.py" line="232"/>
        <source>Accommodation nearly full</source>
        <translation>Cơ sở lưu trú gần kín phòng</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="220"/>
        <source>Crowd above capacity at an event</source>
        <translation>Đám đông vượt sức chứa tại sự kiện</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/plugin.py" line="249"/>
        <source>Tourist sites</source>
        <translation>Điểm du lịch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="21"/>
        <source>Visitors per day against the plan</source>
        <translation>Lượt khách theo ngày so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="26"/>
        <location filename="../../plugins/tourism/dashboard.py" line="39"/>
        <source>Visitors</source>
        <translation>Lượt khách</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="27"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="35"/>
        <source>Visitors per site, 30 days</source>
        <translation>Lượt khách theo điểm, 30 ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="45"/>
        <source>Rooms occupied by kind of lodging</source>
        <translation>Phòng có khách theo loại cơ sở lưu trú</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="50"/>
        <source>Occupied</source>
        <translation>Có khách</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="51"/>
        <source>Rooms</source>
        <translation>Số phòng</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="58"/>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="61"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="62"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="63"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="64"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="67"/>
        <source>Expected visitors</source>
        <translation>Lượt khách dự kiến</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="71"/>
        <source>Capacity</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="75"/>
        <source>Crowd now</source>
        <translation>Số người hiện tại</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="78"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="79"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/tourism/dashboard.py" line="83"/>
        <source>Visitors as the tourist sites report them each night; rooms as the lodgings declare them each morning.</source>
        <translation>Lượt khách do các điểm du lịch báo cáo mỗi đêm; số phòng do cơ sở lưu trú khai báo mỗi sáng.</translation>
    </message>
</context>
<context>
    <name>ToursDialog</name>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="40"/>
        <source>Camera tours</source>
        <translation>Vòng xem camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="49"/>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="112"/>
        <source>New tour</source>
        <translation>Vòng xem mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="51"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="58"/>
        <source>One tile (the selected one)</source>
        <translation>Một ô (ô đang chọn)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="59"/>
        <source>The whole wall, page by page</source>
        <translation>Cả màn hình video, lần lượt từng trang</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="63"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="67"/>
        <source>Tick the cameras of the tour; drag to set the order</source>
        <translation>Đánh dấu các camera của vòng xem; kéo để sắp thứ tự</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="68"/>
        <source>Save tour</source>
        <translation>Lưu vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="73"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="74"/>
        <source>Shows on</source>
        <translation>Hiển thị trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="75"/>
        <source>Each view for</source>
        <translation>Mỗi lượt xem trong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="76"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="149"/>
        <source>Tick at least one camera.</source>
        <translation>Hãy đánh dấu ít nhất một camera.</translation>
    </message>
</context>
<context>
    <name>TrafficPlugin</name>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="36"/>
        <source>Violations a day</source>
        <translation>Vi phạm mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="45"/>
        <source>Violations by type, last 7 days</source>
        <translation>Vi phạm theo loại, 7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="54"/>
        <source>Accidents by road, last 12 months</source>
        <translation>Tai nạn theo tuyến đường, 12 tháng qua</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="64"/>
        <source>Deaths and injuries by road, last 12 months</source>
        <translation>Số người chết và bị thương theo tuyến đường, 12 tháng qua</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="69"/>
        <source>Deaths</source>
        <translation>Người chết</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="70"/>
        <source>Injuries</source>
        <translation>Người bị thương</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="79"/>
        <source>Violations detected by the AI cameras</source>
        <translation>Vi phạm do camera AI phát hiện</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="83"/>
        <source>Detected</source>
        <translation>Thời điểm phát hiện</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="85"/>
        <source>Violation</source>
        <translation>Lỗi vi phạm</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="86"/>
        <source>Plate</source>
        <translation>Biển số</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="87"/>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="88"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="89"/>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="90"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="95"/>
        <source>Open the camera</source>
        <translation>Mở camera</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/dashboard.py" line="111"/>
        <source>Plan: fewer accidents, deaths and injuries than last year</source>
        <translation>Kế hoạch: giảm số vụ, số người chết và số người bị thương so với cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="49"/>
        <location filename="../../plugins/traffic/plugin.py" line="54"/>
        <source>Traffic safety</source>
        <translation>An toàn giao thông</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="66"/>
        <source>Road accidents</source>
        <translation>Tai nạn giao thông</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="84"/>
        <source>Traffic violations</source>
        <translation>Vi phạm giao thông</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="103"/>
        <location filename="../../plugins/traffic/plugin.py" line="274"/>
        <source>Congestion points</source>
        <translation>Điểm ùn tắc</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="124"/>
        <source>Accidents this month</source>
        <translation>Số vụ tai nạn trong tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="136"/>
        <source>Deaths this month</source>
        <translation>Số người chết trong tháng</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="149"/>
        <source>Accidents this year vs last year</source>
        <translation>Số vụ tai nạn so với cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="155"/>
        <source>Deaths this year vs last year</source>
        <translation>Số người chết so với cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="161"/>
        <source>Injuries this year vs last year</source>
        <translation>Số người bị thương so với cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="166"/>
        <source>Violations detected a day</source>
        <translation>Vi phạm phát hiện mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="171"/>
        <source>Mean of the last 7 whole days</source>
        <translation>Trung bình 7 ngày gần nhất (đủ ngày)</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="175"/>
        <source>Cameras online</source>
        <translation>Camera đang hoạt động</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="188"/>
        <source>Congested points now</source>
        <translation>Điểm ùn ứ hiện tại</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="214"/>
        <source>Change on the same period of last year</source>
        <translation>Tăng giảm so với cùng kỳ năm trước</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="221"/>
        <source>Traffic jam</source>
        <translation>Ùn tắc giao thông</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="230"/>
        <source>Road accident with deaths</source>
        <translation>Tai nạn giao thông có người chết</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="240"/>
        <source>Traffic jam procedure</source>
        <translation>Quy trình xử lý ùn tắc giao thông</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="251"/>
        <source>Fatal road accident procedure</source>
        <translation>Quy trình xử lý tai nạn giao thông có người chết</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="266"/>
        <source>Road accidents (12 months)</source>
        <translation>Tai nạn giao thông (12 tháng)</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="282"/>
        <source>Slow traffic and jams now</source>
        <translation>Điểm ùn ứ, ùn tắc hiện tại</translation>
    </message>
    <message>
        <location filename="../../plugins/traffic/plugin.py" line="290"/>
        <source>Traffic violations (24 hours)</source>
        <translation>Vi phạm giao thông (24 giờ)</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../../ioc_console/gui/update_notice.py" line="32"/>
        <source>IOC Console %1 is available (this is %2). Ask your IT staff to install it; download: %3</source>
        <translation>Đã có IOC Console %1 (máy này đang dùng %2). Hãy nhờ cán bộ công nghệ thông tin cài đặt; tải về: %3</translation>
    </message>
</context>
<context>
    <name>VideoTile</name>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="18"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="19"/>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="20"/>
        <source>Stalled — retry in %n s</source>
        <translation>Mất hình — thử lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="21"/>
        <source>Reconnecting in %n s</source>
        <translation>Kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="22"/>
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="23"/>
        <source>Cannot play</source>
        <translation>Không phát được</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="26"/>
        <source>Drop a camera here</source>
        <translation>Thả camera vào đây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="27"/>
        <source>Connecting to the camera…</source>
        <translation>Đang kết nối tới camera…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="28"/>
        <source>Stream stalled — reconnecting in %n s</source>
        <translation>Luồng video bị ngừng — kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="29"/>
        <source>No picture from the camera — reconnecting in %n s</source>
        <translation>Không có hình từ camera — kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="32"/>
        <source>Camera offline</source>
        <translation>Camera mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="34"/>
        <source>Camera under maintenance</source>
        <translation>Camera đang bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="35"/>
        <source>The video process stopped — reconnecting…</source>
        <translation>Tiến trình video đã dừng — đang kết nối lại…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="36"/>
        <source>Camera %1 is not in the camera list (removed, or not loaded yet)</source>
        <translation>Camera %1 không có trong danh sách camera (đã bị gỡ, hoặc chưa tải xong)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="40"/>
        <source>This player cannot open rtsp:// — ask for the camera&apos;s HTTP relay URL, or install a VLC build with RTSP</source>
        <translation>Trình phát này không mở được rtsp:// — hãy xin địa chỉ chuyển tiếp HTTP của camera, hoặc cài bản VLC có hỗ trợ RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="45"/>
        <source>This camera has no stream address</source>
        <translation>Camera này chưa có địa chỉ luồng video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="46"/>
        <source>Video cannot play: libVLC is not available — install VLC (libVLC 3)</source>
        <translation>Không phát được video: thiếu libVLC — hãy cài VLC (libVLC 3)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="49"/>
        <source>Video cannot be shown on this display (no windows to draw into): run the console on a desktop or under Xvfb</source>
        <translation>Màn hình này không hiển thị được video (không có cửa sổ để vẽ): hãy chạy bảng điều khiển trên máy có màn hình hoặc dưới Xvfb</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="56"/>
        <source>main</source>
        <translation>chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="57"/>
        <source>sub</source>
        <translation>phụ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="58"/>
        <source>relay</source>
        <translation>chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="60"/>
        <source>relay (this player cannot open rtsp://)</source>
        <translation>chuyển tiếp (trình phát này không mở được rtsp://)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="61"/>
        <source>RTSP via relay</source>
        <translation>RTSP qua bộ chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>VideoWall</name>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="168"/>
        <source>Restore the wall</source>
        <translation>Trả lại màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="170"/>
        <source>Maximise in wall</source>
        <translation>Phóng to trong màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="176"/>
        <source>Leave full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="178"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="184"/>
        <source>Clear this tile</source>
        <translation>Bỏ camera khỏi ô này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="193"/>
        <source>Stop the tour</source>
        <translation>Dừng vòng xem</translation>
    </message>
</context>
<context>
    <name>WallToolbar</name>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="80"/>
        <source>No tours yet</source>
        <translation>Chưa có vòng xem nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="82"/>
        <source>Stop the tour</source>
        <translation>Dừng vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="84"/>
        <source>Tours…</source>
        <translation>Vòng xem…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="102"/>
        <source>Snapshot saved: %1</source>
        <translation>Đã lưu ảnh chụp: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="105"/>
        <source>Snapshot not saved: the folder %1 cannot be written; choose another folder for camera snapshots in the settings.</source>
        <translation>Chưa lưu được ảnh chụp: không ghi được vào thư mục %1; hãy chọn thư mục khác cho ảnh chụp camera trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="109"/>
        <source>No picture to save in this tile.</source>
        <translation>Ô này chưa có hình để lưu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="122"/>
        <source>tile %1</source>
        <translation>ô %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="124"/>
        <source>the whole wall</source>
        <translation>cả màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="126"/>
        <source>Tour “%1” on %2</source>
        <translation>Vòng xem “%1” trên %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="128"/>
        <source>paused while the pointer is on the wall</source>
        <translation>tạm dừng khi con trỏ ở trên màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="137"/>
        <source>Tour ▸ %1</source>
        <translation>Vòng xem ▸ %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="139"/>
        <source>Tour</source>
        <translation>Vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="148"/>
        <source>Grid</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="151"/>
        <source>How many tiles the wall shows</source>
        <translation>Số ô màn hình video hiển thị</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="152"/>
        <source>Rotate a list of cameras through a tile or the wall</source>
        <translation>Lần lượt xoay vòng danh sách camera trên một ô hoặc cả màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="153"/>
        <source>Snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="154"/>
        <source>Save the selected tile&apos;s picture as PNG</source>
        <translation>Lưu hình của ô đang chọn thành tệp PNG</translation>
    </message>
</context>
<context>
    <name>WriteProfile</name>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="58"/>
        <source>The backend %1 cannot be reached: check the address, the port and the network.</source>
        <translation>Không kết nối được máy chủ %1: hãy kiểm tra địa chỉ, cổng và mạng.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="63"/>
        <source>The backend address %1 cannot be used: %2</source>
        <translation>Không dùng được địa chỉ máy chủ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="66"/>
        <source>%1 answered with HTTP status %2: it does not look like an IOC backend&apos;s address.</source>
        <translation>%1 trả lời với mã HTTP %2: có vẻ đây không phải địa chỉ máy chủ IOC.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="76"/>
        <source>The ward %1 is not known to the backend. Wards: %2</source>
        <translation>Máy chủ không có phường %1. Các phường: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="103"/>
        <source>The TLS certificate of %1 was issued for another name: %2 (issued by %3). Use the address the certificate names.</source>
        <translation>Chứng thư TLS của %1 được cấp cho một tên khác: %2 (do %3 cấp). Hãy dùng địa chỉ ghi trong chứng thư.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="108"/>
        <source>The TLS certificate of %1 is not trusted by the CA file %2. Certificate: %3, issued by %4.</source>
        <translation>Chứng thư TLS của %1 không được tệp CA %2 tin cậy. Chứng thư: %3, do %4 cấp.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/api/site_check.py" line="112"/>
        <source>The TLS certificate of %1 is not trusted by this computer. Certificate: %2, issued by %3. Give the city&apos;s CA certificate file (--ca-file).</source>
        <translation>Chứng thư TLS của %1 không được máy này tin cậy. Chứng thư: %2, do %3 cấp. Hãy chỉ ra tệp chứng thư CA của thành phố (--ca-file).</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="49"/>
        <source>Backend address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="50"/>
        <source>Ward code (empty: the whole city)</source>
        <translation>Mã phường (để trống: toàn thành phố)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="51"/>
        <source>Site name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="52"/>
        <source>CA certificate file (empty: the certificates this computer trusts)</source>
        <translation>Tệp chứng thư CA (để trống: các chứng thư máy này tin cậy)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="54"/>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="55"/>
        <source>Console position (empty: an id made for this computer)</source>
        <translation>Vị trí bàn làm việc (để trống: mã tạo riêng cho máy này)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="57"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="75"/>
        <source>The template %1 cannot be read: %2</source>
        <translation>Không đọc được mẫu %1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="96"/>
        <source>The site profile was not written.</source>
        <translation>Hồ sơ đơn vị chưa được ghi.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="102"/>
        <source>The site profile %1 was not written:</source>
        <translation>Hồ sơ đơn vị %1 chưa được ghi:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="109"/>
        <source>The site profile %1 cannot be written: %2</source>
        <translation>Không ghi được hồ sơ đơn vị %1: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="115"/>
        <source>Site profile written: %1</source>
        <translation>Đã ghi hồ sơ đơn vị: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="123"/>
        <source>Press Enter to keep the value in brackets; type - to leave it empty.</source>
        <translation>Nhấn Enter để giữ giá trị trong ngoặc; gõ - để để trống.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="152"/>
        <source>The backend address is required.</source>
        <translation>Cần nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="154"/>
        <source>The language must be one of %1, not %2.</source>
        <translation>Ngôn ngữ phải là một trong %1, không phải %2.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/profile_prompt.py" line="158"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>Tệp chứng thư CA %1 không tồn tại.</translation>
    </message>
</context>
</TS>
