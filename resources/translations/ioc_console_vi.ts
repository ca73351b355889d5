<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ioc_console/gui/dialogs/about.py" line="18" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="9" />
        <source>About IOC Console</source>
        <translation>Giới thiệu IOC Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="15" />
        <source>IOC Console</source>
        <translation>IOC Console</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="30" />
        <source>The operator console of the city Intelligent Operations Center: cameras, the map, alerts, citizen complaints (hotline 1022) and administrative procedures.</source>
        <translation>Bảng điều khiển dành cho điều hành viên của Trung tâm Giám sát, điều hành đô thị thông minh (IOC) thành phố: camera, bản đồ, cảnh báo, phản ánh, kiến nghị của người dân (đường dây nóng 1022) và thủ tục hành chính.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="44" />
        <source>Built with Qt for Python (LGPL), Qt Advanced Docking System (LGPL), libVLC (LGPL), Leaflet (BSD) and the Noto Sans font (OFL).</source>
        <translation>Được xây dựng trên Qt for Python (LGPL), Qt Advanced Docking System (LGPL), libVLC (LGPL), Leaflet (BSD) và phông chữ Noto Sans (OFL).</translation>
    </message>
</context>
<context>
    <name>AdminUnitsPanel</name>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="99" />
        <source>%1 units in force on %2</source>
        <translation>%1 đơn vị có hiệu lực ngày %2</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="102" />
        <source>%1 of %2 units in force on %3</source>
        <translation>%1 trong số %2 đơn vị có hiệu lực ngày %3</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="115" />
        <source>As of</source>
        <translation>Tại ngày</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="116" />
        <source>Show the units in force on this date</source>
        <translation>Hiển thị các đơn vị có hiệu lực vào ngày này</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="117" />
        <source>Search units (diacritics ignored)…</source>
        <translation>Tìm đơn vị (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="120" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="121" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="122" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="123" />
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="124" />
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="127" />
        <source>Statistics office (GSO) code; reused across reorganisations</source>
        <translation>Mã của Tổng cục Thống kê (GSO); được dùng lại qua các lần sắp xếp</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="130" />
        <source>First day in force; — when not recorded</source>
        <translation>Ngày đầu có hiệu lực; — khi không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="131" />
        <source>Last day in force; — while still in force</source>
        <translation>Ngày cuối có hiệu lực; — khi còn hiệu lực</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/panel.py" line="136" />
        <source>Codes are reused across reorganisations, so records are joined on code plus period, never on the code alone.</source>
        <translation>Mã được dùng lại qua các lần sắp xếp đơn vị hành chính, vì vậy dữ liệu được ghép theo mã cùng thời kỳ, không bao giờ chỉ theo mã.</translation>
    </message>
    <message>
        <location filename="../../plugins/admin_units/plugin.py" line="21" />
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
</context>
<context>
    <name>CameraListPanel</name>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="134" />
        <location filename="../../ioc_console/gui/video/camera_list.py" line="189" />
        <source>All wards</source>
        <translation>Tất cả phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="153" />
        <source>%1 cameras</source>
        <translation>%1 camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="155" />
        <source>%1 of %2 cameras</source>
        <translation>%1 trong số %2 camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="158" />
        <source>data as of %1</source>
        <translation>dữ liệu lúc %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="162" />
        <source>No cameras in the cache yet: they appear once the backend answers.</source>
        <translation>Chưa có camera trong bộ nhớ đệm: danh sách sẽ hiện khi máy chủ trả lời.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="183" />
        <source>Search cameras, wards (diacritics ignored)…</source>
        <translation>Tìm camera, phường/xã (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="184" />
        <source>Only the cameras of this ward</source>
        <translation>Chỉ các camera của phường/xã này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_list.py" line="186" />
        <source>Drag a camera onto a tile of the video wall, or double-click to show it</source>
        <translation>Kéo camera vào một ô của màn hình video, hoặc nhấp đúp để xem</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="28" />
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="29" />
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="30" />
        <source>maintenance</source>
        <translation>đang bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="68" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="69" />
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/camera_model.py" line="70" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>CityFacilities</name>
    <message>
        <location filename="../../plugins/city_facilities/plugin.py" line="17" />
        <source>Health facilities</source>
        <translation>Cơ sở y tế</translation>
    </message>
    <message>
        <location filename="../../plugins/city_facilities/plugin.py" line="21" />
        <source>Schools</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <location filename="../../plugins/city_facilities/plugin.py" line="25" />
        <source>Tourist sites</source>
        <translation>Điểm du lịch</translation>
    </message>
    <message>
        <location filename="../../plugins/city_facilities/plugin.py" line="29" />
        <source>Police posts</source>
        <translation>Công an phường, xã</translation>
    </message>
    <message>
        <location filename="../../plugins/city_facilities/plugin.py" line="33" />
        <source>Administrative offices</source>
        <translation>Cơ quan hành chính</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="92" />
        <source>Click in a panel first: there is no current panel.</source>
        <translation>Hãy bấm vào một bảng trước: hiện chưa có bảng nào được chọn.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="132" />
        <source>The layout “%1” cannot be opened: %2</source>
        <translation>Không mở được bố cục “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="154" />
        <source>The layout could not be saved: %1</source>
        <translation>Không lưu được bố cục: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="162" />
        <source>Layout “%1” saved</source>
        <translation>Đã lưu bố cục “%1”</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="172" />
        <source>Save layout as</source>
        <translation>Lưu bố cục với tên khác</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="173" />
        <source>Name of the layout:</source>
        <translation>Tên bố cục:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="194" />
        <source>This language is not installed; the interface stays in English.</source>
        <translation>Ngôn ngữ này chưa được cài đặt; giao diện vẫn hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="267" />
        <source>Demo backend unplugged: the console now works as if the link were cut.</source>
        <translation>Đã rút máy chủ demo: bảng điều khiển giờ hoạt động như khi mất kết nối.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="276" />
        <source>Demo camera streams stopped: the tiles show the stall and reconnect by themselves once the streams are back.</source>
        <translation>Đã dừng luồng video của các camera demo: các ô hiện trạng thái mất hình và tự kết nối lại khi luồng video có trở lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="40" />
        <source>libVLC is not available</source>
        <translation>libVLC không khả dụng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="46" />
        <source>rtsp:// opens</source>
        <translation>mở được rtsp://</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/checks.py" line="53" />
        <source>this libVLC cannot open rtsp:// (built without live555); cameras play through their HTTP/HLS relay address, or install a VLC build with RTSP</source>
        <translation>bản libVLC này không mở được rtsp:// (được biên dịch không kèm live555); camera sẽ phát qua địa chỉ chuyển tiếp HTTP/HLS, hoặc hãy cài bản VLC có hỗ trợ RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="17" />
        <source>Backend: not checked yet</source>
        <translation>Máy chủ: chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="21" />
        <source>Backend: connecting…</source>
        <translation>Máy chủ: đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="24" />
        <source>● Online</source>
        <translation>● Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="26" />
        <source>● Offline — working from the cache</source>
        <translation>● Mất kết nối — đang dùng bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="30" />
        <source>● Sign-in needed — working from the cache</source>
        <translation>● Cần đăng nhập — đang dùng dữ liệu đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="36" />
        <source>%1 action(s) queued</source>
        <translation>%1 thao tác đang chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="44" />
        <source>Cache empty: no data received yet</source>
        <translation>Bộ nhớ đệm trống: chưa nhận được dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="48" />
        <source>Data as of %1</source>
        <translation>Dữ liệu cập nhật %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/status_line.py" line="53" />
        <source>Layout: %1</source>
        <translation>Bố cục: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="90" />
        <source>%1 — window %2</source>
        <translation>%1 — cửa sổ %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="101" />
        <source>No panels in this window.
Open one from the Panels menu, or send one here with Ctrl+Alt and the number of this screen.</source>
        <translation>Cửa sổ này chưa có bảng nào.
Hãy mở một bảng từ menu Bảng, hoặc gửi một bảng sang đây bằng Ctrl+Alt và số thứ tự của màn hình này.</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="21" />
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="23" />
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="27" />
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="33" />
        <source>Administrative procedure results</source>
        <translation>Kết quả giải quyết TTHC</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="35" />
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="36" />
        <source>Facilities</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="37" />
        <source>KPIs</source>
        <translation>Chỉ số KPI</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/datasets.py" line="38" />
        <source>Directive tasks</source>
        <translation>Nhiệm vụ chỉ đạo</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="47" />
        <source>The panel “%1” could not be opened.</source>
        <translation>Không mở được bảng “%1”.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="50" />
        <source>%1
The rest of the console works. Details are in the Event log.</source>
        <translation>%1
Các phần khác của bảng điều khiển vẫn hoạt động bình thường. Chi tiết xem trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="54" />
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="104" />
        <source>%1 of %2</source>
        <translation>%1 trong số %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="133" />
        <source>Debug and above</source>
        <translation>Gỡ lỗi trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="134" />
        <source>Info and above</source>
        <translation>Thông tin trở lên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="135" />
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="136" />
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="141" />
        <source>Show:</source>
        <translation>Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="142" />
        <source>Search the log (diacritics ignored)…</source>
        <translation>Tìm trong nhật ký (không phân biệt dấu)…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="143" />
        <source>Open log folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
</context>
<context>
    <name>Grids</name>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="57" />
        <source>1 × 1</source>
        <translation>1 × 1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="58" />
        <source>2 × 2</source>
        <translation>2 × 2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="59" />
        <source>3 × 3</source>
        <translation>3 × 3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="60" />
        <source>4 × 4</source>
        <translation>4 × 4</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="62" />
        <source>1 + 5</source>
        <translation>1 + 5</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="64" />
        <source>1 + 7</source>
        <translation>1 + 7</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/grids.py" line="67" />
        <source>1 + 12</source>
        <translation>1 + 12</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="24" />
        <source>Operator</source>
        <translation>Điều hành viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="25" />
        <source>Supervisor</source>
        <translation>Giám sát viên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="26" />
        <source>Ward office</source>
        <translation>Văn phòng phường</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="14" />
        <source>the backend cannot be reached (network or server down)</source>
        <translation>không kết nối được máy chủ (mất mạng hoặc máy chủ ngừng)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="17" />
        <source>the backend does not answer in time</source>
        <translation>máy chủ không trả lời kịp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="18" />
        <source>the backend is overloaded or in maintenance</source>
        <translation>máy chủ đang quá tải hoặc bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="21" />
        <source>the backend asked the console to slow down</source>
        <translation>máy chủ yêu cầu giảm tần suất truy vấn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="24" />
        <source>the backend has an internal error</source>
        <translation>máy chủ gặp lỗi nội bộ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="25" />
        <source>the sign-in was not accepted</source>
        <translation>đăng nhập không được chấp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="26" />
        <source>the backend's answer does not follow the contract</source>
        <translation>dữ liệu máy chủ trả về không đúng đặc tả</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="29" />
        <source>the backend's answer is too large</source>
        <translation>dữ liệu máy chủ trả về quá lớn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="31" />
        <source>an unexpected error</source>
        <translation>lỗi không lường trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="36" />
        <source>acknowledge</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="37" />
        <source>assign</source>
        <translation>giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="38" />
        <source>escalate</source>
        <translation>chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="39" />
        <source>snooze</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="40" />
        <source>comment</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="41" />
        <source>resolve</source>
        <translation>xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="42" />
        <source>close</source>
        <translation>đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="51" />
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="52" />
        <source>acknowledged</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="53" />
        <source>assigned</source>
        <translation>đã giao xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="54" />
        <source>escalated</source>
        <translation>đã chuyển cấp trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="55" />
        <source>snoozed</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="56" />
        <source>resolved</source>
        <translation>đã xử lý xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="57" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="67" />
        <source>“%1” on %2 was not applied: someone else changed it first.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: người khác đã thay đổi trước.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="71" />
        <source>It is now “%3”.</source>
        <translation>Trạng thái hiện tại: “%3”.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="75" />
        <source>“%1” on %2 was not sent: it was queued for another backend.</source>
        <translation>Thao tác “%1” trên %2 không được gửi: thao tác này được xếp hàng cho một máy chủ khác.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="79" />
        <source>“%1” on %2 was not applied: your role may not do this.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: vai trò của bạn không được phép.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="83" />
        <source>“%1” on %2 was not applied: it no longer exists on the server.</source>
        <translation>Thao tác “%1” trên %2 không được áp dụng: mục này không còn trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_texts.py" line="87" />
        <source>“%1” on %2 was refused by the server.</source>
        <translation>Máy chủ từ chối thao tác “%1” trên %2.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="35" />
        <source>Working offline: %1. The console works from its cache; your actions are queued and sent when the link is back.</source>
        <translation>Đang làm việc ngoại tuyến: %1. Bảng điều khiển dùng dữ liệu đệm; các thao tác của bạn được xếp hàng và gửi khi có kết nối lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="45" />
        <source>The backend is reachable again.</source>
        <translation>Đã kết nối lại máy chủ.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="51" />
        <source>The backend did not accept the sign-in: %1</source>
        <translation>Máy chủ không chấp nhận đăng nhập: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/link_notices.py" line="82" />
        <source>The demo backend did not start: %1</source>
        <translation>Máy chủ demo không khởi động được: %1</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="27" />
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="28" />
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="29" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="30" />
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="88" />
        <source>Debug</source>
        <translation>Gỡ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="89" />
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="90" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="91" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="92" />
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.ui" line="6" />
        <source>Sign in to the IOC backend</source>
        <translation>Đăng nhập máy chủ IOC</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="21" />
        <source>The console needs your account to read data from the backend and send your actions.</source>
        <translation>Bảng điều khiển cần tài khoản của bạn để đọc dữ liệu từ máy chủ và gửi các thao tác của bạn.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="37" />
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="50" />
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="15" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="16" />
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="17" />
        <source>30 days</source>
        <translation>30 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/heat.py" line="18" />
        <source>90 days</source>
        <translation>90 ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="127" />
        <source>Administrative units</source>
        <translation>Đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="134" />
        <source>Complaint density</source>
        <translation>Mật độ phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="141" />
        <source>Complaints (1022)</source>
        <translation>Phản ánh (1022)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="150" />
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/geo/layers.py" line="158" />
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="126" />
        <source>Offline map tiles cannot be used: %1</source>
        <translation>Không dùng được bản đồ nền ngoại tuyến: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="146" />
        <source>© Cao Lãnh administrative units (approximate)</source>
        <translation>© Ranh giới đơn vị hành chính Cao Lãnh (gần đúng)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="153" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="154" />
        <source>Ward</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="155" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="156" />
        <source>Channel</source>
        <translation>Kênh tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="157" />
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="158" />
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="159" />
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="160" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="161" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="162" />
        <source>Raised</source>
        <translation>Phát sinh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="163" />
        <source>Category</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="164" />
        <source>Show camera</source>
        <translation>Xem camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="170" />
        <source>open</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="170" />
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="173" />
        <source>camera detection</source>
        <translation>phát hiện từ camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="174" />
        <source>CAP warning</source>
        <translation>cảnh báo CAP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="175" />
        <source>KPI breach</source>
        <translation>chỉ số vượt ngưỡng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="176" />
        <source>overdue complaint</source>
        <translation>phản ánh quá hạn</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="177" />
        <source>raised by an operator</source>
        <translation>do điều hành viên tạo</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="180" />
        <source>telephone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="181" />
        <source>email</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="182" />
        <source>website</source>
        <translation>trang web 1022</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="251" />
        <source>The map stopped text that tried to run as a script.</source>
        <translation>Bản đồ đã chặn một đoạn văn bản định chạy như mã lệnh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="312" />
        <source>Units as of</source>
        <translation>Đơn vị hành chính tại ngày</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="313" />
        <source>Complaint density</source>
        <translation>Mật độ phản ánh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="316" />
        <source>Centre on new urgent alerts</source>
        <translation>Đưa cảnh báo khẩn mới vào giữa bản đồ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/panel.py" line="318" />
        <source>Move the map to each new priority 1 or 2 alert as it arrives</source>
        <translation>Di chuyển bản đồ tới mỗi cảnh báo mới có mức ưu tiên 1 hoặc 2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="35" />
        <source>&amp;Console</source>
        <translation>&amp;Hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="37" />
        <source>&amp;Panels</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="40" />
        <source>&amp;Window</source>
        <translation>Cửa &amp;sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="43" />
        <source>&amp;Layouts</source>
        <translation>Bố &amp;cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="45" />
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="47" />
        <source>&amp;About IOC Console</source>
        <translation>&amp;Giới thiệu IOC Console</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="50" />
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="55" />
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="58" />
        <source>Float the current panel</source>
        <translation>Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="63" />
        <source>Save layout</source>
        <translation>Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="67" />
        <source>Send the current panel to screen %1</source>
        <translation>Gửi bảng hiện tại sang màn hình %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="87" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="94" />
        <source>Colour &amp;theme</source>
        <translation>Màu &amp;giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="97" />
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="98" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="106" />
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="111" />
        <source>&amp;Demo backend connected</source>
        <translation>Máy chủ &amp;demo đang kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="115" />
        <source>Demo &amp;camera streams on</source>
        <translation>&amp;Camera demo đang phát</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="129" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="146" />
        <source>&amp;Float the current panel</source>
        <translation>&amp;Tách bảng hiện tại thành cửa sổ nổi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="151" />
        <source>&amp;Send the current panel to screen</source>
        <translation>&amp;Gửi bảng hiện tại sang màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="161" />
        <source>&amp;Move the current panel to window</source>
        <translation>&amp;Di chuyển bảng hiện tại sang cửa sổ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="170" />
        <source>&amp;Close the current panel</source>
        <translation>Đó&amp;ng bảng hiện tại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="178" />
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="184" />
        <source>&amp;New window on screen</source>
        <translation>Cửa sổ &amp;mới trên màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="188" />
        <source>Open a window on &amp;every screen</source>
        <translation>Mở &amp;cửa sổ trên mọi màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="193" />
        <source>&amp;Close this window</source>
        <translation>Đó&amp;ng cửa sổ này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="208" />
        <source>&amp;Save layout</source>
        <translation>&amp;Lưu bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="212" />
        <source>Save layout &amp;as…</source>
        <translation>Lưu bố cục &amp;với tên khác…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="216" />
        <source>&amp;Reset to the default</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="220" />
        <source>&amp;Delete this layout</source>
        <translation>&amp;Xóa bố cục này</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/notification_bar.py" line="39" />
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/notification_bar.py" line="47" />
        <source>Close this notice</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="72" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="83" />
        <source>Colour theme</source>
        <translation>Màu giao diện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="86" />
        <source>Dark (control room)</source>
        <translation>Tối (phòng điều hành)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="87" />
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="96" />
        <source>Font size (points)</source>
        <translation>Cỡ chữ (pt)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="105" />
        <source>Layout opened at start-up</source>
        <translation>Bố cục mở khi khởi động</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="114" />
        <source>Save the current layout when the console closes</source>
        <translation>Lưu bố cục hiện tại khi đóng bảng điều khiển</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="122" />
        <source>Plugins that are not loaded</source>
        <translation>Các phần mở rộng không được tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="131" />
        <source>Log level</source>
        <translation>Mức ghi nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="134" />
        <source>Debug (everything)</source>
        <translation>Gỡ lỗi (mọi thông tin)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="135" />
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="136" />
        <source>Warnings and errors</source>
        <translation>Cảnh báo và lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="137" />
        <source>Errors only</source>
        <translation>Chỉ lỗi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="150" />
        <source>Grid of a new video wall</source>
        <translation>Bố cục ô của màn hình video mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="160" />
        <source>Folder for camera snapshots (empty: Pictures/IOC Console)</source>
        <translation>Thư mục lưu ảnh chụp camera (để trống: Pictures/IOC Console)</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="45" />
        <location filename="../../ioc_console/gui/selftest.py" line="71" />
        <source>System status</source>
        <translation>Trạng thái hệ thống</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="54" />
        <source>Event log</source>
        <translation>Nhật ký sự kiện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="63" />
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="72" />
        <source>Video wall</source>
        <translation>Màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="83" />
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="91" />
        <source>%1 was written by a newer console (version %2); known options are used and the file is left as it is</source>
        <translation>%1 được ghi bởi phiên bản mới hơn (phiên bản %2); các tùy chọn đã biết được sử dụng và tệp được giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="114" />
        <source>settings could not be read (%1); defaults are used, file kept as %2</source>
        <translation>không đọc được cài đặt (%1); dùng giá trị mặc định, tệp cũ được giữ tại %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/settings.py" line="131" />
        <source>setting ignored, default used: %1</source>
        <translation>bỏ qua cài đặt, dùng giá trị mặc định: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/store.py" line="97" />
        <source>layout '%1' could not be read (%2); the file was kept as %3</source>
        <translation>không đọc được bố cục “%1” (%2); tệp được giữ tại %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/services.py" line="102" />
        <source>the cache could not be opened: %1</source>
        <translation>không mở được bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="75" />
        <source>the cache was damaged (%1); it was moved to %2 and is rebuilt</source>
        <translation>bộ nhớ đệm bị hỏng (%1); tệp đã được chuyển sang %2 và đang được dựng lại</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/store/cache.py" line="93" />
        <source>%1 queued action(s) were recovered from the damaged cache</source>
        <translation>Đã khôi phục %1 thao tác chờ gửi từ bộ nhớ đệm bị hỏng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/video/tours.py" line="174" />
        <source>the camera tours could not be read (%1); the file was kept as %2</source>
        <translation>không đọc được các vòng xem camera (%1); tệp được giữ lại thành %2</translation>
    </message>
</context>
<context>
    <name>RendererRecovery</name>
    <message>
        <location filename="../../ioc_console/gui/map/recovery.py" line="41" />
        <source>The map stopped %1 times in a minute and stays closed; close and open the Map panel to try again.</source>
        <translation>Bản đồ đã dừng %1 lần trong một phút nên tạm đóng; hãy đóng và mở lại bảng Bản đồ để thử lại.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/map/recovery.py" line="47" />
        <source>The map's display stopped; it has been reloaded.</source>
        <translation>Phần hiển thị bản đồ bị dừng; đã tải lại.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="32" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="45" />
        <source>Plugins that are switched off or on take effect at the next start.</source>
        <translation>Việc bật hoặc tắt phần mở rộng có hiệu lực từ lần khởi động sau.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="48" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="49" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/dialogs/settings_dialog.py" line="77" />
        <source>names separated by commas</source>
        <translation>các tên, cách nhau bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="133" />
        <source>Unexpected error: %1. The console goes on; details are in the Event log.</source>
        <translation>Lỗi không mong muốn: %1. Bảng điều khiển vẫn tiếp tục hoạt động; chi tiết xem trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="172" />
        <source>The translations for “%1” are missing; the interface is in English.</source>
        <translation>Thiếu bản dịch cho “%1”; giao diện hiển thị bằng tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="179" />
        <source>The console stopped unexpectedly last time; the report is in the Event log.</source>
        <translation>Lần chạy trước, bảng điều khiển đã dừng bất thường; báo cáo lỗi có trong Nhật ký sự kiện.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="187" />
        <source>Settings: %1</source>
        <translation>Cài đặt: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="191" />
        <source>Cache: %1</source>
        <translation>Bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="196" />
        <source>Plugin “%1” was not loaded: %2</source>
        <translation>Không tải được phần mở rộng “%1”: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="203" />
        <source>Demo mode: the console runs on its embedded demo backend with data for Cao Lãnh. Console › Demo backend connected takes it off the network and back; Console › Demo camera streams on stops the cameras' video and starts it again.</source>
        <translation>Chế độ demo: bảng điều khiển chạy trên máy chủ demo tích hợp với dữ liệu của Cao Lãnh. Hệ thống › Máy chủ demo đang kết nối để ngắt và nối lại mạng; Hệ thống › Camera demo đang phát để dừng và phát lại video của các camera.</translation>
    </message>
</context>
<context>
    <name>SystemStatusPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="108" />
        <source>Event-loop lag (last minute)</source>
        <translation>Độ trễ vòng sự kiện (một phút qua)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="109" />
        <source>Longest wait</source>
        <translation>Lần chờ lâu nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="120" />
        <source>Measuring…</source>
        <translation>Đang đo…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="125" />
        <source>p50 %1 ms · p99 %2 ms · max %3 ms</source>
        <translation>p50 %1 ms · p99 %2 ms · tối đa %3 ms</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="140" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="143" />
        <source>%1 ms, while running: %2</source>
        <translation>%1 ms, khi đang chạy: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="59" />
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="59" />
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="86" />
        <source>Console</source>
        <translation>Phần mềm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="87" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="90" />
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="94" />
        <source>Settings</source>
        <translation>Tệp cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="95" />
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="97" />
        <source>Settings problem</source>
        <translation>Sự cố cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="101" />
        <source>Backend</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="103" />
        <location filename="../../ioc_console/gui/panels/system_status.py" line="108" />
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="108" />
        <source>Site: %1</source>
        <translation>Đơn vị triển khai: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="105" />
        <location filename="../../ioc_console/gui/panels/system_status.py" line="110" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="113" />
        <source>Ward scope</source>
        <translation>Phạm vi phường</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="112" />
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="103" />
        <source>Demo (embedded demo backend)</source>
        <translation>Demo (máy chủ demo tích hợp)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="115" />
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="116" />
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="117" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="118" />
        <source>Offline: working from the cache</source>
        <translation>Mất kết nối: đang dùng bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="120" />
        <source>Sign-in needed: working from the cache</source>
        <translation>Cần đăng nhập: đang dùng dữ liệu đệm</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="125" />
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="129" />
        <source>Changes</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="130" />
        <source>Live (event stream)</source>
        <translation>Trực tiếp (luồng sự kiện)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="130" />
        <source>By polling</source>
        <translation>Hỏi định kỳ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="135" />
        <source>Queued actions</source>
        <translation>Thao tác chờ gửi</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="143" />
        <source>Last contact</source>
        <translation>Liên lạc gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="147" />
        <source>Reason</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="148" />
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="158" />
        <source>“%1” on %2, queued %3</source>
        <translation>“%1” trên %2, xếp hàng lúc %3</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="164" />
        <source>%1 attempt(s): %2</source>
        <translation>đã thử %1 lần: %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="171" />
        <source>Data cache</source>
        <translation>Bộ nhớ đệm dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="172" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="174" />
        <source>Problem</source>
        <translation>Sự cố</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="178" />
        <source>Datasets</source>
        <translation>Bộ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="179" />
        <source>The cache is empty: no data has been received yet</source>
        <translation>Bộ nhớ đệm trống: chưa nhận được dữ liệu nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="185" />
        <source>%1 rows, never refreshed</source>
        <translation>%1 dòng, chưa cập nhật lần nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="190" />
        <source>%1 rows, as of %2 (%3)</source>
        <translation>%1 dòng, cập nhật lúc %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="204" />
        <location filename="../../ioc_console/gui/panels/system_status.py" line="206" />
        <source>Plugins</source>
        <translation>Phần mở rộng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="206" />
        <source>None installed</source>
        <translation>Chưa cài đặt phần mở rộng nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="208" />
        <source>Loaded</source>
        <translation>Đã tải</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="209" />
        <source>Disabled in the settings</source>
        <translation>Đã tắt trong cài đặt</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="210" />
        <source>Failed: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="211" />
        <source>Not compatible: %1</source>
        <translation>Không tương thích: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="223" />
        <source>Platform</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="225" />
        <source>Video (libVLC)</source>
        <translation>Video (libVLC)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="226" />
        <source>RTSP cameras</source>
        <translation>Camera RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="227" />
        <source>Map engine (QtWebEngine)</source>
        <translation>Trình hiển thị bản đồ (QtWebEngine)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="232" />
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="238" />
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
</context>
<context>
    <name>TileFullScreen</name>
    <message>
        <location filename="../../ioc_console/gui/video/fullscreen.py" line="27" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
</context>
<context>
    <name>TileInput</name>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="138" />
        <source>Stream</source>
        <translation>Luồng video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="141" />
        <source>Auto (by tile size)</source>
        <translation>Tự động (theo kích thước ô)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="142" />
        <source>Low (sub-stream)</source>
        <translation>Thấp (luồng phụ)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="143" />
        <source>High (main stream)</source>
        <translation>Cao (luồng chính)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="151" />
        <source>Snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_input.py" line="155" />
        <source>Reset zoom (1:1)</source>
        <translation>Bỏ phóng to (1:1)</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="22" />
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="30" />
        <source>%n minute(s) ago</source>
        <translation>%n phút trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="32" />
        <source>%n hour(s) ago</source>
        <translation>%n giờ trước</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="33" />
        <source>%n day(s) ago</source>
        <translation>%n ngày trước</translation>
    </message>
</context>
<context>
    <name>ToursDialog</name>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="36" />
        <source>Camera tours</source>
        <translation>Vòng xem camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="45" />
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="108" />
        <source>New tour</source>
        <translation>Vòng xem mới</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="47" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="54" />
        <source>One tile (the selected one)</source>
        <translation>Một ô (ô đang chọn)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="55" />
        <source>The whole wall, page by page</source>
        <translation>Cả màn hình video, lần lượt từng trang</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="59" />
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="63" />
        <source>Tick the cameras of the tour; drag to set the order</source>
        <translation>Đánh dấu các camera của vòng xem; kéo để sắp thứ tự</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="64" />
        <source>Save tour</source>
        <translation>Lưu vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="69" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="70" />
        <source>Shows on</source>
        <translation>Hiển thị trên</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="71" />
        <source>Each view for</source>
        <translation>Mỗi lượt xem trong</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="72" />
        <source>Cameras</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tours_dialog.py" line="145" />
        <source>Tick at least one camera.</source>
        <translation>Hãy đánh dấu ít nhất một camera.</translation>
    </message>
</context>
<context>
    <name>VideoTile</name>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="17" />
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="18" />
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="19" />
        <source>Stalled — retry in %n s</source>
        <translation>Mất hình — thử lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="20" />
        <source>Reconnecting in %n s</source>
        <translation>Kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="21" />
        <source>Offline</source>
        <translation>Mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="22" />
        <source>Cannot play</source>
        <translation>Không phát được</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="25" />
        <source>Drop a camera here</source>
        <translation>Thả camera vào đây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="26" />
        <source>Connecting to the camera…</source>
        <translation>Đang kết nối tới camera…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="27" />
        <source>Stream stalled — reconnecting in %n s</source>
        <translation>Luồng video bị ngừng — kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="28" />
        <source>No picture from the camera — reconnecting in %n s</source>
        <translation>Không có hình từ camera — kết nối lại sau %n giây</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="31" />
        <source>Camera offline</source>
        <translation>Camera mất kết nối</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="33" />
        <source>Camera under maintenance</source>
        <translation>Camera đang bảo trì</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="34" />
        <source>Camera %1 is not in the camera list (removed, or not loaded yet)</source>
        <translation>Camera %1 không có trong danh sách camera (đã bị gỡ, hoặc chưa tải xong)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="38" />
        <source>This player cannot open rtsp:// — ask for the camera's HTTP relay URL, or install a VLC build with RTSP</source>
        <translation>Trình phát này không mở được rtsp:// — hãy xin địa chỉ chuyển tiếp HTTP của camera, hoặc cài bản VLC có hỗ trợ RTSP</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="43" />
        <source>This camera has no stream address</source>
        <translation>Camera này chưa có địa chỉ luồng video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="44" />
        <source>Video cannot play: libVLC is not available — install VLC (libVLC 3)</source>
        <translation>Không phát được video: thiếu libVLC — hãy cài VLC (libVLC 3)</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="47" />
        <source>Video cannot be shown on this display (no windows to draw into): run the console on a desktop or under Xvfb</source>
        <translation>Màn hình này không hiển thị được video (không có cửa sổ để vẽ): hãy chạy bảng điều khiển trên máy có màn hình hoặc dưới Xvfb</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="54" />
        <source>main</source>
        <translation>chính</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="55" />
        <source>sub</source>
        <translation>phụ</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="56" />
        <source>relay</source>
        <translation>chuyển tiếp</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/tile_texts.py" line="58" />
        <source>relay (this player cannot open rtsp://)</source>
        <translation>chuyển tiếp (trình phát này không mở được rtsp://)</translation>
    </message>
</context>
<context>
    <name>VideoWall</name>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="165" />
        <source>Restore the wall</source>
        <translation>Trả lại màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="167" />
        <source>Maximise in wall</source>
        <translation>Phóng to trong màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="173" />
        <source>Leave full screen</source>
        <translation>Thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="175" />
        <source>Full screen</source>
        <translation>Toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="181" />
        <source>Clear this tile</source>
        <translation>Bỏ camera khỏi ô này</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="190" />
        <source>Stop the tour</source>
        <translation>Dừng vòng xem</translation>
    </message>
</context>
<context>
    <name>WallToolbar</name>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="77" />
        <source>No tours yet</source>
        <translation>Chưa có vòng xem nào</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="79" />
        <source>Stop the tour</source>
        <translation>Dừng vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="81" />
        <source>Tours…</source>
        <translation>Vòng xem…</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="99" />
        <source>Snapshot saved: %1</source>
        <translation>Đã lưu ảnh chụp: %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="102" />
        <source>Snapshot not saved: the folder %1 cannot be written; choose another folder for camera snapshots in the settings.</source>
        <translation>Chưa lưu được ảnh chụp: không ghi được vào thư mục %1; hãy chọn thư mục khác cho ảnh chụp camera trong phần cài đặt.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="106" />
        <source>No picture to save in this tile.</source>
        <translation>Ô này chưa có hình để lưu.</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="119" />
        <source>tile %1</source>
        <translation>ô %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="121" />
        <source>the whole wall</source>
        <translation>cả màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="123" />
        <source>Tour “%1” on %2</source>
        <translation>Vòng xem “%1” trên %2</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="125" />
        <source>paused while the pointer is on the wall</source>
        <translation>tạm dừng khi con trỏ ở trên màn hình video</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="134" />
        <source>Tour ▸ %1</source>
        <translation>Vòng xem ▸ %1</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="136" />
        <source>Tour</source>
        <translation>Vòng xem</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="145" />
        <source>Grid</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="148" />
        <source>How many tiles the wall shows</source>
        <translation>Số ô màn hình video hiển thị</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="149" />
        <source>Rotate a list of cameras through a tile or the wall</source>
        <translation>Lần lượt xoay vòng danh sách camera trên một ô hoặc cả màn hình</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="150" />
        <source>Snapshot</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/video/wall_menu.py" line="151" />
        <source>Save the selected tile's picture as PNG</source>
        <translation>Lưu hình của ô đang chọn thành tệp PNG</translation>
    </message>
</context>
</TS>
