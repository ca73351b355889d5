"""What citizens write to the 1022 hotline and what the agencies answer, per category.

``{street}`` and ``{landmark}`` are filled in. A few texts carry quotes, angle brackets and
ampersands as citizens really type them: the console must show them as text, never as markup.
"""

from __future__ import annotations

DESCRIPTIONS: dict[str, list[str]] = {
    "chieu_sang": [
        "Đèn đường trên {street} đoạn gần {landmark} bị tắt nhiều đêm, rất tối và nguy hiểm.",
        "Cụm đèn chiếu sáng tại {street} chập chờn, lúc sáng lúc tắt.",
        "Đèn đường trên {street} sáng cả ban ngày, đề nghị kiểm tra để tiết kiệm điện.",
        "Trụ đèn trước {landmark} trên {street} bị nghiêng, dây điện lòng thòng.",
    ],
    "thoat_nuoc": [
        "Mưa lớn là {street} đoạn gần {landmark} ngập sâu 30–40 cm, nước rút rất chậm.",
        "Hố ga trên {street} bị nghẹt rác, nước thải tràn lên mặt đường, bốc mùi.",
        "Nắp cống trước {landmark} {street} bị bể, người đi xe máy dễ sụp bánh.",
        "Triều cường dâng làm ngập hẻm cạnh {street}, đề nghị khơi thông cống thoát nước.",
    ],
    "rac_thai": [
        "Rác thải tập kết bên {street} gần {landmark} nhiều ngày không được thu gom.",
        "Có người đổ xà bần, rác thải trái phép ở bãi đất trống {street}.",
        "Xe thu gom rác đi qua {street} không đúng giờ, rác bị chó mèo bới tung.",
        "Mùi hôi nồng nặc từ mương nước cạnh {landmark} {street}.",
    ],
    "duong_sa": [
        "Trên {street} đoạn gần {landmark} xuất hiện nhiều ổ gà lớn, trời mưa đọng nước.",
        "Mặt {street} bị sụt lún sau khi thi công đường ống, chưa hoàn trả.",
        "Vỉa hè {street} trước {landmark} bị bong gạch, người đi bộ dễ vấp ngã.",
    ],
    "trat_tu_do_thi": [
        "Quán ăn trên {street} lấn chiếm hết vỉa hè, người đi bộ phải xuống lòng đường.",
        "Xe tải đậu thường xuyên trước {landmark} {street} gây cản trở giao thông.",
        "Có hộ dân xây dựng lấn ra hành lang {street} mà không có giấy phép.",
        "Buôn bán tự phát dưới lòng {street} gần {landmark} vào buổi sáng.",
    ],
    "tieng_on": [
        "Nhà dân trên {street} hát karaoke đến hơn 23 giờ đêm, rất ồn.",
        "Loa kẹo kéo ở quán gần {landmark} {street} mở lớn cả ngày.",
        "Công trình xây dựng trên {street} thi công ban đêm gây ồn.",
    ],
    "dat_dai": [
        "Hộ lân cận lấn ranh đất của gia đình tôi tại {street}, đề nghị đo đạc lại.",
        "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất nộp đã lâu nhưng chưa được giải quyết.",
        "Đề nghị kiểm tra việc san lấp mặt bằng trái phép trên đất nông nghiệp gần {landmark}.",
    ],
    "cay_xanh": [
        "Cây xanh trên {street} gần {landmark} bị nghiêng, mùa mưa dễ ngã đổ.",
        "Nhánh cây lớn trên {street} gãy treo lơ lửng trên đầu người đi đường.",
        "Cây trên vỉa hè {street} mọc sát đường dây điện, đề nghị cắt tỉa.",
    ],
    "dich_vu_cong": [
        "Tôi nộp hồ sơ hộ tịch đã quá hẹn nhưng chưa nhận được kết quả.",
        "Cổng dịch vụ công trực tuyến báo lỗi khi nộp hồ sơ, không thanh toán được lệ phí.",
        "Đề nghị bố trí thêm chỗ ngồi chờ tại bộ phận một cửa, người dân phải đứng chờ lâu.",
    ],
    "an_ninh_trat_tu": [
        "Thanh niên tụ tập đua xe trên {street} vào ban đêm, gây mất an ninh.",
        "Khu vực gần {landmark} {street} xảy ra nhiều vụ trộm xe máy.",
        "Có nhóm người tụ tập uống rượu gây gổ trước {landmark} trên {street}.",
    ],
    "cap_nuoc": [
        "Khu vực {street} mất nước từ sáng đến chiều chưa có lại.",
        "Ống nước bị bể trên {street} gần {landmark}, nước chảy tràn ra đường.",
        "Nước máy tại nhà tôi trên {street} bị đục, có mùi lạ.",
    ],
    "an_toan_giao_thong": [
        "Đèn tín hiệu giao thông tại giao lộ trên {street} bị hỏng, xe cộ đi lộn xộn.",
        "Đề nghị lắp biển báo giảm tốc độ gần {landmark} trên {street}.",
        "Giao lộ trên {street} bị cây che khuất tầm nhìn, thường xảy ra va quẹt.",
    ],
}

# Texts with characters that have a meaning in HTML/XML/JSON, as citizens type them.
UNSAFE_LOOKING: dict[str, str] = {
    "chieu_sang": 'Đèn <hỏng> & tối om đoạn "hẻm 3" {street}, đi về đêm rất sợ!!!',
    "rac_thai": "Rác chất đống > 1 tuần ở {street} & không ai dọn <chụp hình kèm theo>",
    "tieng_on": 'Karaoke "hát tới sáng" ở {street}; gọi 113 & 1022 <nhiều lần> vẫn vậy',
    "thoat_nuoc": "Ngập <40cm> trên {street} & nước thải tràn vào nhà, 'khổ quá'",
}

RESOLUTIONS: dict[str, list[str]] = {
    "chieu_sang": ["Đã thay bóng đèn và sửa chữa tủ điện, hệ thống chiếu sáng hoạt động lại.",
                   "Đã kiểm tra, thay cáp ngầm bị đứt; đèn sáng bình thường."],
    "thoat_nuoc": ["Đã nạo vét hố ga, khơi thông cống thoát nước đoạn phản ánh.",
                   "Đã thay nắp cống mới và đặt biển cảnh báo trong thời gian thi công."],
    "rac_thai": ["Đã thu gom toàn bộ rác tồn đọng và bố trí lại lịch thu gom.",
                 "Đã xử lý điểm đổ rác trái phép, lập biên bản nhắc nhở hộ vi phạm."],
    "duong_sa": ["Đã vá ổ gà, hoàn trả mặt đường bằng bê tông nhựa.",
                 "Đã yêu cầu đơn vị thi công hoàn trả mặt bằng; đã kiểm tra nghiệm thu."],
    "trat_tu_do_thi": ["Đã kiểm tra, nhắc nhở và lập biên bản các hộ lấn chiếm vỉa hè.",
                       "Đã đình chỉ thi công công trình không phép, xử phạt vi phạm hành chính."],
    "tieng_on": ["Công an phường đã kiểm tra, nhắc nhở hộ gây ồn, cam kết không tái phạm.",
                 "Đã lập biên bản xử phạt hành vi gây tiếng ồn vượt quy chuẩn."],
    "dat_dai": ["Đã tổ chức đo đạc, hòa giải; hai bên thống nhất ranh đất.",
                "Đã giải quyết hồ sơ và hẹn ngày trả giấy chứng nhận cho công dân."],
    "cay_xanh": ["Đã cắt tỉa nhánh cây, chằng chống cây nghiêng.",
                 "Đã đốn hạ cây mục và trồng cây thay thế."],
    "dich_vu_cong": ["Đã trả kết quả hồ sơ và xin lỗi công dân vì sự chậm trễ.",
                     "Đã khắc phục lỗi cổng dịch vụ công, hướng dẫn công dân nộp lại."],
    "an_ninh_trat_tu": ["Công an đã tăng cường tuần tra, giải tán nhóm tụ tập.",
                        "Đã tiếp nhận, xác minh và xử lý theo quy định."],
    "cap_nuoc": ["Đã sửa chữa đường ống, cấp nước trở lại bình thường.",
                 "Đã súc xả đường ống, chất lượng nước đạt quy chuẩn."],
    "an_toan_giao_thong": ["Đã sửa chữa đèn tín hiệu giao thông tại giao lộ.",
                           "Đã lắp đặt bổ sung biển báo và gờ giảm tốc."],
}

CHANNEL_NOTES = {
    "phone": "Tiếp nhận qua điện thoại 1022",
    "email": "Tiếp nhận qua email 1022",
    "facebook": "Tiếp nhận qua Fanpage 1022 Đồng Tháp",
    "website": "Tiếp nhận qua Cổng 1022",
    "zalo": "Tiếp nhận qua Zalo 1022",
    "edongthap": "Tiếp nhận qua ứng dụng eDongThap",
}
