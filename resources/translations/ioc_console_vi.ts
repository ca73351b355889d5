<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ioc_console/gui/dialogs/about.py" line="18"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="9"/>
        <source>About IOC Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="15"/>
        <source>IOC Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="30"/>
        <source>The operator console of the city Intelligent Operations Center: cameras, the map, alerts, citizen complaints (hotline 1022) and administrative procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="44"/>
        <source>Built with Qt for Python (LGPL), Qt Advanced Docking System (LGPL), libVLC (LGPL), Leaflet (BSD) and the Noto Sans font (OFL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="77"/>
        <source>Click in a panel first: there is no current panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="115"/>
        <source>The layout “%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="135"/>
        <source>The layout could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="143"/>
        <source>Layout “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="153"/>
        <source>Save layout as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="154"/>
        <source>Name of the layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="175"/>
        <source>This language is not installed; the interface stays in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="231"/>
        <source>libVLC is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="237"/>
        <source>rtsp:// opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="244"/>
        <source>this libVLC cannot open rtsp:// (built without live555); cameras play through their HTTP/HLS relay address, or install a VLC build with RTSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="284"/>
        <source>Backend: not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="288"/>
        <source>Backend: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="291"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="293"/>
        <source>● Offline — working from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="297"/>
        <source>● Demo — no backend in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="307"/>
        <source>Cache empty: no data received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="311"/>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/console.py" line="316"/>
        <source>Layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="86"/>
        <source>%1 — window %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/window.py" line="95"/>
        <source>No panels in this window.
Open one from the Panels menu, or send one here with Ctrl+Alt and the number of this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="47"/>
        <source>The panel “%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="50"/>
        <source>%1
The rest of the console works. Details are in the Event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/widgets/error_panel.py" line="54"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="104"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="133"/>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="134"/>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="135"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="136"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="141"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="142"/>
        <source>Search the log (diacritics ignored)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/event_log.py" line="143"/>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="24"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="25"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/layouts/defaults.py" line="26"/>
        <source>Ward office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="27"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="28"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="29"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="30"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="88"/>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="89"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="90"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="91"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/log_model.py" line="92"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="35"/>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="37"/>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="40"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="43"/>
        <source>&amp;Layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="45"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="47"/>
        <source>&amp;About IOC Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="50"/>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="55"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="58"/>
        <source>Float the current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="63"/>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="67"/>
        <source>Send the current panel to screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="87"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="94"/>
        <source>Colour &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="97"/>
        <source>Dark (control room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="98"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="106"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="123"/>
        <source>&amp;Float the current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="128"/>
        <source>&amp;Send the current panel to screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="137"/>
        <source>&amp;Move the current panel to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="145"/>
        <source>&amp;Close the current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="153"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="159"/>
        <source>&amp;New window on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="163"/>
        <source>Open a window on &amp;every screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="168"/>
        <source>&amp;Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="183"/>
        <source>&amp;Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="187"/>
        <source>Save layout &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="191"/>
        <source>&amp;Reset to the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/shell/menus.py" line="195"/>
        <source>&amp;Delete this layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ioc_console/gui/widgets/notification_bar.py" line="40"/>
        <source>Close this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="66"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="69"/>
        <source>Colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="76"/>
        <source>Font size (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="81"/>
        <source>Layout opened at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="88"/>
        <source>Save the current layout when the console closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="96"/>
        <source>Plugins that are not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/core/config/options.py" line="101"/>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../ioc_console/gui/selftest.py" line="68"/>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="25"/>
        <source>System status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/__init__.py" line="34"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="123"/>
        <source>Unexpected error: %1. The console goes on; details are in the Event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="145"/>
        <source>The console stopped unexpectedly last time; the report is in the Event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="152"/>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="156"/>
        <source>Cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="161"/>
        <source>Plugin “%1” was not loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/app.py" line="168"/>
        <source>Demo mode: the embedded demo backend is not part of this version yet, so the cache is empty and panels show no data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemStatusPanel</name>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="56"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="83"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="84"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="87"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="91"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="92"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="94"/>
        <source>Settings problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="98"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="100"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="103"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="100"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="103"/>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="105"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="106"/>
        <source>Ward scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="106"/>
        <source>Whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="108"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="109"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="110"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="111"/>
        <source>Offline: working from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="114"/>
        <source>No backend: the embedded demo backend is not part of this version; the console works from its cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="121"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="125"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="129"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="133"/>
        <source>Data cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="134"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="136"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="140"/>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="141"/>
        <source>The cache is empty: no data has been received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="147"/>
        <source>%1 rows, never refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="152"/>
        <source>%1 rows, as of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="165"/>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="167"/>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="167"/>
        <source>None installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="169"/>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="170"/>
        <source>Disabled in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="171"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="172"/>
        <source>Not compatible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="183"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="185"/>
        <source>Video (libVLC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="186"/>
        <source>RTSP cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="187"/>
        <source>Map engine (QtWebEngine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="192"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ioc_console/gui/panels/system_status.py" line="198"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../ioc_console/gui/timefmt.py" line="23"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ioc_console/gui/timefmt.py" line="25"/>
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ioc_console/gui/timefmt.py" line="27"/>
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ioc_console/gui/timefmt.py" line="28"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
