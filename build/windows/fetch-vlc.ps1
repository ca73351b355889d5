# Fetches VLC's official win64 build (RTSP included, unlike Debian's), keeps libVLC and the
# plugins the console needs, and runs vlc-cache-gen over them, into build\out\vlc. Run on a
# Windows runner before PyInstaller (see .github/workflows/windows-package.yml); the spec adds
# build\out\vlc to the bundle as _internal\vlc.
param(
  [string]$Version = "3.0.21",
  # the SHA-256 of vlc-$Version-win64.zip as published beside it on get.videolan.org
  [string]$Sha256 = $env:VLC_ZIP_SHA256
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$out = Join-Path $root "build\out\vlc"
$zip = Join-Path $env:RUNNER_TEMP "vlc-$Version-win64.zip"
$url = "https://get.videolan.org/vlc/$Version/win64/vlc-$Version-win64.zip"

Invoke-WebRequest -Uri $url -OutFile $zip
if (-not $Sha256) {
  $Sha256 = ((Invoke-WebRequest -Uri "$url.sha256").Content -split '\s+')[0]
}
$actual = (Get-FileHash -Algorithm SHA256 $zip).Hash
if ($actual -ne $Sha256.ToUpper()) { throw "vlc zip: SHA-256 $actual, expected $Sha256" }

$unpacked = Join-Path $env:RUNNER_TEMP "vlc-unpacked"
Expand-Archive -Path $zip -DestinationPath $unpacked -Force
$vlc = Join-Path $unpacked "vlc-$Version"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force (Join-Path $out "plugins") | Out-Null
Copy-Item (Join-Path $vlc "libvlc.dll"), (Join-Path $vlc "libvlccore.dll") $out
# what a camera tile needs: network access (RTSP, HTTP, HLS, SRT), demuxers, decoders, video
# output into a native window, and audio for clips; no GUI, no Lua, no visualisations
$keep = "access", "audio_filter", "audio_mixer", "audio_output", "codec", "demux",
        "logger", "misc", "packetizer", "stream_filter", "stream_extractor",
        "video_chroma", "video_filter", "video_output", "video_splitter"
foreach ($folder in $keep) {
  Copy-Item -Recurse (Join-Path $vlc "plugins\$folder") (Join-Path $out "plugins\$folder")
}
& (Join-Path $vlc "vlc-cache-gen.exe") (Join-Path $out "plugins")
if ($LASTEXITCODE -ne 0) { throw "vlc-cache-gen failed ($LASTEXITCODE)" }
if (-not (Test-Path (Join-Path $out "plugins\plugins.dat"))) { throw "no plugins.dat written" }
Write-Host "fetch-vlc: libVLC $Version with $($keep.Count) plugin folders in $out"
