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
        <location filename="../../plugins/admin_units/panel.py" line="97"/>
        <source>%1 units in force on %2</source>
        <translation>%1 đơn vị có hiệu lực ngày %2</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="100"/>
        <source>%1 of %2 units in force on %3</source>
        <translation>%1 trong số %2 đơn vị có hiệu lực ngày %3</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="113"/>
        <source>As of</source>
        <translation>Tại ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="114"/>
        <source>Show the units in force on this date</source>
        <translation>Hiển thị các đơn vị có hiệu lực vào ngày này</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="115"/>
        <source>Search units (diacritics ignored)…</source>
        <translation>Tìm đơn vị (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="118"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="119"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="120"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="121"/>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="122"/>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="125"/>
        <source>Statistics office (GSO) code; reused across reorganisations</source>
        <translation>Mã của Tổng cục Thống kê (GSO); được dùng lại qua các lần sắp xếp</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="128"/>
        <source>First day in force; — when not recorded</source>
        <translation>Ngày đầu có hiệu lực; — khi không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="129"/>
        <source>Last day in force; — while still in force</source>
        <translation>Ngày cuối có hiệu lực; — khi còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="134"/>
        <source>Codes are reused across reorganisations, so records are joined on code plus period, never on the code alone.</source>
        <translation>Mã được dùng lại qua các lần sắp xếp đơn vị hành chính, vì vậy dữ liệu được ghép theo mã cùng thời kỳ, không bao giờ chỉ theo mã.</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/plugin.py" line="21"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="90"/>
        <source>Click in a panel first: there is no current panel.</source>
        <translation>Hãy bấm vào một bảng trước: hiện chưa có bảng nào được chọn.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="130"/>
        <source>The layout “%1” cannot be opened: %2</source>
        <translation>Không mở được bố cục “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="152"/>
        <source>The layout could not be saved: %1</source>
        <translation>Không lưu được bố cục: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="160"/>
        <source>Layout “%1” saved</source>
        <translation>Đã lưu bố cục “%1”</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="170"/>
        <source>Save layout as</source>
        <translation>Lưu bố cục với tên khác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="171"/>
        <source>Name of the layout:</source>
        <translation>Tên bố cục:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="192"/>
        <source>This language is not installed; the interface stays in English.</source>
        <translation>Ngôn ngữ này chưa được cài đặt; giao diện vẫn hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="265"/>
        <source>Demo backend unplugged: the console now works as if the link were cut.</source>
        <translation>Đã rút máy chủ demo: bảng điều khiển giờ hoạt động như khi mất kết nối.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="42"/>
        <source>libVLC is not available</source>
        <translation>libVLC không khả dụng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="48"/>
        <source>rtsp:// opens</source>
        <translation>mở được rtsp://</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="55"/>
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
        <location filename="../../ioc_console/core/store/datasets.py" line="21"/>
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="23"/>
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="27"/>
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="33"/>
        <source>Administrative procedure results</source>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="35"/>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="36"/>
        <source>Facilities</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="37"/>
        <source>KPIs</source>
        <translation>Chỉ số KPI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="38"/>
        <source>Directive tasks</source>
        <translation>Nhiệm vụ chỉ đạo</translation>
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
        <location filename="../../ioc_console/gui/panels/event_log.py" line="104"/>
        <source>%1 of %2</source>
        <translation>%1 trong số %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="133"/>
        <source>Debug and above</source>
        <translation>Gỡ lỗi trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="134"/>
        <source>Info and above</source>
        <translation>Thông tin trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="135"/>
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="136"/>
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="141"/>
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="142"/>
        <source>Search the log (diacritics ignored)…</source>
        <translation>Tìm trong nhật ký (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="143"/>
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="24"/>
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="25"/>
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="26"/>
        <source>Ward office</source>
        <translation>Văn phòng phường</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="14"/>
        <source>the backend cannot be reached (network or server down)</source>
        <translation>không kết nối được máy chủ (mất mạng hoặc máy chủ ngừng)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="17"/>
        <source>the backend does not answer in time</source>
        <translation>máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="18"/>
        <source>the backend is overloaded or in maintenance</source>
        <translation>máy chủ đang quá tải hoặc bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="21"/>
        <source>the backend asked the console to slow down</source>
        <translation>máy chủ yêu cầu giảm tần suất truy vấn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="24"/>
        <source>the backend has an internal error</source>
        <translation>máy chủ gặp lỗi nội bộ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="25"/>
        <source>the sign-in was not accepted</source>
        <translation>đăng nhập không được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="26"/>
        <source>the backend&apos;s answer does not follow the contract</source>
        <translation>dữ liệu máy chủ trả về không đúng đặc tả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="29"/>
        <source>the backend&apos;s answer is too large</source>
        <translation>dữ liệu máy chủ trả về quá lớn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="31"/>
        <source>an unexpected error</source>
        <translation>lỗi không lường trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="36"/>
        <source>acknowledge</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="37"/>
        <source>assign</source>
        <translation>giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="38"/>
        <source>escalate</source>
        <translation>chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="39"/>
        <source>snooze</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="40"/>
        <source>comment</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="41"/>
        <source>resolve</source>
        <translation>xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="42"/>
        <source>close</source>
        <translation>đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="51"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="52"/>
        <source>acknowledged</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="53"/>
        <source>assigned</source>
        <translation>đã giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="54"/>
        <source>escalated</source>
        <translation>đã chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="55"/>
        <source>snoozed</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="56"/>
        <source>resolved</source>
        <translation>đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="57"/>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="67"/>
        <source>“%1” on %2 was not applied: someone else changed it first.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: người khác đã thay đổi trước.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="71"/>
        <source>It is now “%3”.</source>
        <translation>Trạng thái hiện tại: “%3”.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="75"/>
        <source>“%1” on %2 was not sent: it was queued for another backend.</source>
        <translation>Thao tác “%1” trên %2 không được gửi: thao tác này được xếp hàng cho một máy chủ khác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="79"/>
        <source>“%1” on %2 was not applied: your role may not do this.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: vai trò của bạn không được phép.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="83"/>
        <source>“%1” on %2 was not applied: it no longer exists on the server.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: mục này không còn trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="87"/>
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
    <name>LogModel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="27"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="28"/>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="29"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="30"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="88"/>
        <source>Debug</source>
        <translation>Gỡ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="89"/>
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="90"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="91"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="92"/>
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
    <name>Menus</name>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="35"/>
        <source>&amp;Console</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="37"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="40"/>
        <source>&amp;Window</source>
        <translation>Cửa &amp;sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="43"/>
        <source>&amp;Layouts</source>
        <translation>Bố &amp;cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="45"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="47"/>
        <source>&amp;About IOC Console</source>
        <translation>&amp;Giới thiệu IOC Console</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="50"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="55"/>
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="58"/>
        <source>Float the current panel</source>
        <translation>Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="63"/>
        <source>Save layout</source>
        <translation>Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="67"/>
        <source>Send the current panel to screen %1</source>
        <translation>Gửi bảng hiện tại sang màn hình %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="94"/>
        <source>Colour &amp;theme</source>
        <translation>Màu &amp;giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="97"/>
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="98"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="106"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="111"/>
        <source>&amp;Demo backend connected</source>
        <translation>Máy chủ &amp;demo đang kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="140"/>
        <source>&amp;Float the current panel</source>
        <translation>&amp;Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="145"/>
        <source>&amp;Send the current panel to screen</source>
        <translation>&amp;Gửi bảng hiện tại sang màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="155"/>
        <source>&amp;Move the current panel to window</source>
        <translation>&amp;Di chuyển bảng hiện tại sang cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="164"/>
        <source>&amp;Close the current panel</source>
        <translation>Đó&amp;ng bảng hiện tại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="172"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="178"/>
        <source>&amp;New window on screen</source>
        <translation>Cửa sổ &amp;mới trên màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="182"/>
        <source>Open a window on &amp;every screen</source>
        <translation>Mở &amp;cửa sổ trên mọi màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="187"/>
        <source>&amp;Close this window</source>
        <translation>Đó&amp;ng cửa sổ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="202"/>
        <source>&amp;Save layout</source>
        <translation>&amp;Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="206"/>
        <source>Save layout &amp;as…</source>
        <translation>Lưu bố cục &amp;với tên khác…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="210"/>
        <source>&amp;Reset to the default</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="214"/>
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
        <location filename="../../ioc_console/core/config/options.py" line="72"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="83"/>
        <source>Colour theme</source>
        <translation>Màu giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="86"/>
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="87"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="96"/>
        <source>Font size (points)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="105"/>
        <source>Layout opened at start-up</source>
        <translation>Bố cục mở khi khởi động</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="114"/>
        <source>Save the current layout when the console closes</source>
        <translation>Lưu bố cục hiện tại khi đóng bảng điều khiển</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="122"/>
        <source>Plugins that are not loaded</source>
        <translation>Các phần mở rộng không được tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="131"/>
        <source>Log level</source>
        <translation>Mức ghi nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="134"/>
        <source>Debug (everything)</source>
        <translation>Gỡ lỗi (mọi thông tin)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="135"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="136"/>
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="137"/>
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="25"/>
        <location filename="../../ioc_console/gui/selftest.py" line="71"/>
        <source>System status</source>
        <translation>Trạng thái hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="34"/>
        <source>Event log</source>
        <translation>Nhật ký sự kiện</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="91"/>
        <source>%1 was written by a newer console (version %2); known options are used and the file is left as it is</source>
        <translation>%1 được ghi bởi phiên bản mới hơn (phiên bản %2); các tùy chọn đã biết được sử dụng và tệp được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="114"/>
        <source>settings could not be read (%1); defaults are used, file kept as %2</source>
        <translation>không đọc được cài đặt (%1); dùng giá trị mặc định, tệp cũ được giữ tại %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="131"/>
        <source>setting ignored, default used: %1</source>
        <translation>bỏ qua cài đặt, dùng giá trị mặc định: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/store.py" line="97"/>
        <source>layout &apos;%1&apos; could not be read (%2); the file was kept as %3</source>
        <translation>không đọc được bố cục “%1” (%2); tệp được giữ tại %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/services.py" line="88"/>
        <source>the cache could not be opened: %1</source>
        <translation>không mở được bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="75"/>
        <source>the cache was damaged (%1); it was moved to %2 and is rebuilt</source>
        <translation>bộ nhớ đệm bị hỏng (%1); tệp đã được chuyển sang %2 và đang được dựng lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="93"/>
        <source>%1 queued action(s) were recovered from the damaged cache</source>
        <translation>Đã khôi phục %1 thao tác chờ gửi từ bộ nhớ đệm bị hỏng</translation>
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
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="45"/>
        <source>Plugins that are switched off or on take effect at the next start.</source>
        <translation>Việc bật hoặc tắt phần mở rộng có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="48"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="49"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="77"/>
        <source>names separated by commas</source>
        <translation>các tên, cách nhau bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="129"/>
        <source>Unexpected error: %1. The console goes on; details are in the Event log.</source>
        <translation>Lỗi không mong muốn: %1. Bảng điều khiển vẫn tiếp tục hoạt động; chi tiết xem trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="168"/>
        <source>The translations for “%1” are missing; the interface is in English.</source>
        <translation>Thiếu bản dịch cho “%1”; giao diện hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="175"/>
        <source>The console stopped unexpectedly last time; the report is in the Event log.</source>
        <translation>Lần chạy trước, bảng điều khiển đã dừng bất thường; báo cáo lỗi có trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="183"/>
        <source>Settings: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="187"/>
        <source>Cache: %1</source>
        <translation>Bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="192"/>
        <source>Plugin “%1” was not loaded: %2</source>
        <translation>Không tải được phần mở rộng “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="199"/>
        <source>Demo mode: the console runs on its embedded demo backend with data for Cao Lãnh. Console › Demo backend connected takes it off the network and back.</source>
        <translation>Chế độ demo: bảng điều khiển chạy trên máy chủ demo tích hợp với dữ liệu của Cao Lãnh. Hệ thống › Máy chủ demo đang kết nối để ngắt và nối lại mạng.</translation>
    </message>
</context>
<context>
    <name>SystemStatusPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="58"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="58"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="85"/>
        <source>Console</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="86"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="89"/>
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="93"/>
        <source>Settings</source>
        <translation>Tệp cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="94"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="96"/>
        <source>Settings problem</source>
        <translation>Sự cố cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="100"/>
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="102"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="107"/>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="107"/>
        <source>Site: %1</source>
        <translation>Đơn vị triển khai: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="104"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="109"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="112"/>
        <source>Ward scope</source>
        <translation>Phạm vi phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="111"/>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="102"/>
        <source>Demo (embedded demo backend)</source>
        <translation>Demo (máy chủ demo tích hợp)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="114"/>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="115"/>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="116"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="117"/>
        <source>Offline: working from the cache</source>
        <translation>Mất kết nối: đang dùng bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="119"/>
        <source>Sign-in needed: working from the cache</source>
        <translation>Cần đăng nhập: đang dùng dữ liệu đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="124"/>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="128"/>
        <source>Changes</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="129"/>
        <source>Live (event stream)</source>
        <translation>Trực tiếp (luồng sự kiện)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="129"/>
        <source>By polling</source>
        <translation>Hỏi định kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="134"/>
        <source>Queued actions</source>
        <translation>Thao tác chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="142"/>
        <source>Last contact</source>
        <translation>Liên lạc gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="146"/>
        <source>Reason</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="147"/>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="157"/>
        <source>“%1” on %2, queued %3</source>
        <translation>“%1” trên %2, xếp hàng lúc %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="163"/>
        <source>%1 attempt(s): %2</source>
        <translation>đã thử %1 lần: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="170"/>
        <source>Data cache</source>
        <translation>Bộ nhớ đệm dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="171"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="173"/>
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="177"/>
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="178"/>
        <source>The cache is empty: no data has been received yet</source>
        <translation>Bộ nhớ đệm trống: chưa nhận được dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="184"/>
        <source>%1 rows, never refreshed</source>
        <translation>%1 dòng, chưa cập nhật lần nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="189"/>
        <source>%1 rows, as of %2 (%3)</source>
        <translation>%1 dòng, cập nhật lúc %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="203"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="205"/>
        <source>Plugins</source>
        <translation>Phần mở rộng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="205"/>
        <source>None installed</source>
        <translation>Chưa cài đặt phần mở rộng nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="207"/>
        <source>Loaded</source>
        <translation>Đã tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="208"/>
        <source>Disabled in the settings</source>
        <translation>Đã tắt trong cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="209"/>
        <source>Failed: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="210"/>
        <source>Not compatible: %1</source>
        <translation>Không tương thích: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="222"/>
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="224"/>
        <source>Video (libVLC)</source>
        <translation>Video (libVLC)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="225"/>
        <source>RTSP cameras</source>
        <translation>Camera RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="226"/>
        <source>Map engine (QtWebEngine)</source>
        <translation>Trình hiển thị bản đồ (QtWebEngine)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="231"/>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="237"/>
        <source>Screens</source>
        <translation>Màn hình</translation>
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
</TS>
