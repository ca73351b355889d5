#!/usr/bin/env bash
# Makes the demo cameras' video clips in resources/demo/ (committed; run again only to change
# them): for each camera cam-01..cam-24 a main (960x540) and a sub (480x270) clip, 8 s of
# H.264 at 25 fps with a keyframe every second (a player joining the live stream shows a
# picture within a second), no audio, MP4. Every clip has its own moving picture from
# ffmpeg's lavfi sources and is labelled with the camera, the variant, the place and a
# running timecode and frame number (Noto Sans from resources/fonts), so that every frame
# differs. Needs ffmpeg (a tool for this script only: the console and its tests do not use it)
# and the project's .venv (the place names come from the demo data).
# CAMERAS="03 10" scripts/make-demo-clips.sh makes only those cameras' clips.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
FONT=resources/fonts/NotoSans-Bold.ttf
OUT=resources/demo
SECONDS_LONG=8
MAIN=960x540
SUB=480x270

command -v ffmpeg >/dev/null || { echo "make-demo-clips: needs ffmpeg (apt-get install ffmpeg)" >&2; exit 1; }
mkdir -p "$OUT"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the place of each camera, full (main clips) and up to the first dash (sub clips)
"$PYTHON" - "$work" <<'EOF'
import sys
from pathlib import Path

from ioc_console.demo.data.cameras import CAMERAS

for n, (name, *_rest) in enumerate(CAMERAS, 1):
    Path(sys.argv[1], f"cam-{n:02d}.main.txt").write_text(name, encoding="utf-8")
    Path(sys.argv[1], f"cam-{n:02d}.sub.txt").write_text(name.split(" – ")[0], encoding="utf-8")
EOF

# a moving square over a still picture (overlay understands t)
box() { # colour size x-expression y-expression
  echo "color=c=$1:s=$2x$2:r=25[box]; [scene][box]overlay=x='$3':y='$4':shortest=1"
}

# the picture of each camera at the main size (lavfi graph ending in the pad [scene])
scene() {
  local s=$MAIN
  case $1 in
    01) echo "testsrc2=s=$s:r=25[scene]" ;;
    02) echo "smptehdbars=s=$s:r=25[scene]; $(box yellow 120 'mod(t*240,W)' 'H/2-60+100*sin(t*3)')[scene]" ;;
    03) echo "mandelbrot=s=$s:r=25[scene]" ;;
    04) echo "life=s=240x135:r=25:seed=4:mold=10:ratio=0.2:life_color=#40ff40:death_color=#1a3a8a,scale=$s:flags=neighbor[scene]" ;;
    05) echo "cellauto=s=320x180:r=25:rule=30:seed=5:scroll=1:start_full=0,scale=$s:flags=neighbor,colorchannelmixer=rr=1:gg=0.5:bb=0.2[scene]" ;;
    06) echo "gradients=s=$s:r=25:seed=6:n=4:speed=0.05[scene]" ;;
    07) echo "testsrc=s=$s:r=25,hue=h=t*40[scene]" ;;
    08) echo "sierpinski=s=$s:r=25:seed=8:type=triangle[scene]" ;;
    09) echo "pal75bars=s=$s:r=25[scene]; $(box red 140 'W/2-70+300*cos(t*2)' 'H/2-70+150*sin(t*2)')[scene]" ;;
    10) echo "mandelbrot=s=$s:r=25:start_x=-0.743643887037158704752191506114774:start_y=-0.131825904205311970493132056385139:start_scale=0.02:end_scale=0.00002:outer=normalized_iteration_count[scene]" ;;
    11) echo "life=s=192x108:r=25:seed=11:rule=S23/B36:ratio=0.3:life_color=#ffcc00:death_color=#5a1010:mold=5,scale=$s:flags=neighbor[scene]" ;;
    12) echo "gradients=s=$s:r=25:seed=12:n=3:speed=0.08:c0=#003366:c1=#00ccff:c2=#ffffff[scene]" ;;
    13) echo "yuvtestsrc=s=$s:r=25,scroll=h=0.004[scene]" ;;
    14) echo "colorspectrum=s=$s:r=25:type=all,scroll=h=0.003:v=0.002[scene]" ;;
    15) echo "rgbtestsrc=s=$s:r=25,hue=h=90[scene]; $(box white 100 'mod(t*180,W)' 'mod(t*90,H)')[scene]" ;;
    16) echo "cellauto=s=240x135:r=25:rule=110:seed=16:random_fill_ratio=0.5:scroll=1,scale=$s:flags=neighbor,negate[scene]" ;;
    17) echo "nullsrc=s=$s:r=25,geq=r='128+127*sin(X/40+T*2)':g='128+127*sin(Y/30+T*3)':b='128+127*sin((X+Y)/50+T)'[scene]" ;;
    18) echo "smptebars=s=$s:r=25,scroll=v=0.005[scene]" ;;
    19) echo "mandelbrot=s=$s:r=25:start_x=-0.16:start_y=1.0405:start_scale=0.3:end_scale=0.002:inner=period[scene]" ;;
    20) echo "life=s=320x180:r=25:seed=20:ratio=0.1:mold=25:life_color=#ffffff:death_color=#004400,scale=$s:flags=neighbor[scene]" ;;
    21) echo "gradients=s=$s:r=25:seed=21:n=8:speed=0.12[scene]" ;;
    22) echo "haldclutsrc=level=8:r=25,scale=$s:flags=neighbor,hue=h=t*60,format=yuv420p[scene]" ;;
    23) echo "testsrc=s=$s:r=25,edgedetect=mode=colormix,hue=s=2[scene]" ;;
    24) echo "sierpinski=s=$s:r=25:seed=24:type=carpet,hue=h=200[scene]; $(box orange 90 'W-90-mod(t*200,W-90)' 'H/2+120*sin(t*4)')[scene]" ;;
  esac
}

# the labels: camera and variant (large, top left), place (below), timecode and frame (bottom)
labels() { # camera variant size font-size place-file
  local cam=$1 variant=$2 size=$3 fs=$4 place=$5
  local pad=$((fs / 3)) small=$((fs * 5 / 8)) tag
  tag="$(echo "$cam" | tr a-z A-Z)  $(echo "$variant" | tr a-z A-Z) ${size/x/×}"
  printf "drawtext=fontfile=%s:text='%s':fontsize=%d:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=%d:x=%d:y=%d," \
    "$FONT" "$tag" "$fs" "$pad" "$pad" "$pad"
  printf "drawtext=fontfile=%s:textfile=%s:fontsize=%d:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=%d:x=%d:y=%d," \
    "$FONT" "$place" "$small" "$pad" "$pad" "$((fs + 3 * pad))"
  printf "drawtext=fontfile=%s:text='%%{pts\\:hms}  #%%{eif\\:n\\:d\\:3}':fontsize=%d:fontcolor=yellow:box=1:boxcolor=black@0.65:boxborderw=%d:x=%d:y=h-th-%d" \
    "$FONT" "$fs" "$pad" "$pad" "$((2 * pad))"
}

ENCODE=(-c:v libx264 -preset slow -profile:v main -pix_fmt yuv420p -r 25 -g 25 -keyint_min 25
  -sc_threshold 0 -crf 30 -an -movflags +faststart -t "$SECONDS_LONG")

for n in ${CAMERAS:-$(seq -w 1 24)}; do
  cam="cam-$n"
  graph="$work/$cam.graph"
  {
    scene "$n"
    echo ";[scene]trim=duration=$SECONDS_LONG,setpts=PTS-STARTPTS,format=yuv420p,split[a][b];"
    echo "[a]$(labels "$cam" main "$MAIN" 44 "$work/$cam.main.txt")[main];"
    echo "[b]scale=${SUB/x/:},$(labels "$cam" sub "$SUB" 26 "$work/$cam.sub.txt")[sub]"
  } >"$graph"
  ffmpeg -hide_banner -loglevel error -y -filter_complex_script "$graph" \
    -map "[main]" "${ENCODE[@]}" -maxrate 300k -bufsize 300k "$OUT/$cam-main.mp4" \
    -map "[sub]" "${ENCODE[@]}" -maxrate 90k -bufsize 90k "$OUT/$cam-sub.mp4"
  echo "$cam: $(stat -c %s "$OUT/$cam-main.mp4") + $(stat -c %s "$OUT/$cam-sub.mp4") bytes"
done
du -ch "$OUT"/*.mp4 | tail -n1
