// Image metadata (exiv2): where a photo was taken (EXIF GPS, XMP exif:GPS*,
// IPTC/XMP place names) as media.gps_location, with what (make, model,
// software, serial numbers, owner) as media.device_info, and captions and
// comments as the part "图片说明" so the text detectors read them.
#include <exiv2/exiv2.hpp>

#include <cmath>
#include <cstdio>
#include <mutex>
#include <string>

#include "check/extract/readers.h"

// exiv2 0.27 hands out std::auto_ptr, deprecated since C++11; the library
// offers nothing else, so its use here is expected.
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace nc::check::extract {

void init_exiv2() {
  static std::once_flag once;
  std::call_once(once, [] {
    // XmpParser::initialize is not thread-safe; do it once before any use.
    Exiv2::XmpParser::initialize();
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    Exiv2::enableBMFF(true);
  });
}

namespace {

// Degrees from an EXIF triple of rationals (degrees, minutes, seconds).
bool exif_degrees(const Exiv2::Exifdatum& d, double& out) {
  if (d.count() < 1) return false;
  double parts[3] = {0, 0, 0};
  for (long i = 0; i < d.count() && i < 3; ++i) {
    const Exiv2::Rational r = d.toRational(i);
    if (r.second == 0) return false;
    parts[i] = static_cast<double>(r.first) / r.second;
  }
  out = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
  return std::isfinite(out);
}

// XMP GPS coordinates: "DDD,MM,SSk" or "DDD,MM.mmk" (XMP spec, exif namespace).
bool xmp_degrees(const std::string& s, double& out, bool& negative) {
  if (s.empty()) return false;
  const char ref = s.back();
  negative = ref == 'S' || ref == 'W' || ref == 's' || ref == 'w';
  double d = 0, m = 0, sec = 0;
  const int n = std::sscanf(s.c_str(), "%lf,%lf,%lf", &d, &m, &sec);
  if (n < 1) return false;
  out = d + m / 60.0 + sec / 3600.0;
  return std::isfinite(out);
}

std::string coordinates(double lat, double lon) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f, %.6f", lat, lon);
  return buf;
}

bool plausible(double lat, double lon) { return std::fabs(lat) <= 90.0 && std::fabs(lon) <= 180.0; }

std::string value_of(const Exiv2::Metadatum& d) {
  std::string v = d.toString();
  // EXIF ASCII values are NUL-padded by some cameras.
  while (!v.empty() && (v.back() == '\0' || v.back() == ' ')) v.pop_back();
  return v;
}

bool has_text(const std::string& s) { return s.find_first_not_of(" \t\r\n") != std::string::npos; }

void read_gps(const Exiv2::ExifData& exif, const Exiv2::XmpData& xmp, Extraction& ex) {
  const auto lat = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"));
  const auto lon = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"));
  if (lat != exif.end() && lon != exif.end()) {
    double la = 0, lo = 0;
    if (exif_degrees(*lat, la) && exif_degrees(*lon, lo)) {
      const auto lat_ref = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitudeRef"));
      const auto lon_ref = exif.findKey(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitudeRef"));
      if (lat_ref != exif.end() && value_of(*lat_ref).substr(0, 1) == "S") la = -la;
      if (lon_ref != exif.end() && value_of(*lon_ref).substr(0, 1) == "W") lo = -lo;
      if (plausible(la, lo))
        ex.add_meta(meta::kGps, "EXIF GPS", "照片包含拍摄位置（GPS 经纬度）", coordinates(la, lo));
    }
  }
  const auto xlat = xmp.findKey(Exiv2::XmpKey("Xmp.exif.GPSLatitude"));
  const auto xlon = xmp.findKey(Exiv2::XmpKey("Xmp.exif.GPSLongitude"));
  if (xlat != xmp.end() && xlon != xmp.end()) {
    double la = 0, lo = 0;
    bool sla = false, slo = false;
    if (xmp_degrees(value_of(*xlat), la, sla) && xmp_degrees(value_of(*xlon), lo, slo)) {
      if (sla) la = -la;
      if (slo) lo = -lo;
      if (plausible(la, lo))
        ex.add_meta(meta::kGps, "XMP GPS", "照片包含拍摄位置（GPS 经纬度）", coordinates(la, lo));
    }
  }
}

struct Field {
  const char* key;
  const char* zh;
  const char* kind = meta::kDevice;  // check/metadata.h
};

// Place names a photo may carry instead of, or besides, coordinates.
constexpr Field kPlaces[] = {
    {"Xmp.photoshop.City", "照片包含地点：城市"},
    {"Xmp.photoshop.State", "照片包含地点：省份"},
    {"Xmp.iptc.Location", "照片包含地点：具体位置"},
    {"Iptc.Application2.City", "照片包含地点：城市"},
    {"Iptc.Application2.SubLocation", "照片包含地点：具体位置"},
    {"Iptc.Application2.ProvinceState", "照片包含地点：省份"},
};

constexpr Field kDevice[] = {
    {"Exif.Image.Make", "拍摄设备：品牌"},
    {"Exif.Image.Model", "拍摄设备：型号"},
    {"Exif.Image.Software", "处理软件", meta::kSoftware},
    {"Exif.Image.HostComputer", "处理设备", meta::kSoftware},
    {"Exif.Image.Artist", "作者", meta::kPhotoPerson},
    {"Exif.Image.Copyright", "版权所有者", meta::kPhotoPerson},
    {"Exif.Image.CameraSerialNumber", "设备序列号"},
    {"Exif.Photo.BodySerialNumber", "设备序列号"},
    {"Exif.Photo.LensSerialNumber", "镜头序列号"},
    {"Exif.Photo.CameraOwnerName", "设备所有者", meta::kPhotoPerson},
    {"Exif.Photo.LensModel", "镜头型号"},
    {"Exif.Canon.SerialNumber", "设备序列号"},
    {"Exif.Canon.OwnerName", "设备所有者", meta::kPhotoPerson},
    {"Exif.Nikon3.SerialNumber", "设备序列号"},
    {"Exif.Photo.ImageUniqueID", "图片唯一标识", meta::kSoftware},
};

constexpr Field kXmpDevice[] = {
    {"Xmp.tiff.Make", "拍摄设备：品牌"},
    {"Xmp.tiff.Model", "拍摄设备：型号"},
    {"Xmp.xmp.CreatorTool", "处理软件", meta::kSoftware},
    {"Xmp.aux.SerialNumber", "设备序列号"},
    {"Xmp.exifEX.BodySerialNumber", "设备序列号"},
    {"Xmp.exifEX.CameraOwnerName", "设备所有者", meta::kPhotoPerson},
    {"Xmp.dc.creator", "作者", meta::kPhotoPerson},
};

// Free text a person wrote into the file; detectors read it.
constexpr const char* kCaptions[] = {
    "Exif.Image.ImageDescription", "Exif.Photo.UserComment", "Exif.Image.XPTitle",
    "Exif.Image.XPComment",        "Exif.Image.XPSubject",   "Exif.Image.XPKeywords",
};
constexpr const char* kXmpCaptions[] = {"Xmp.dc.title", "Xmp.dc.description", "Xmp.dc.subject"};
constexpr const char* kIptcCaptions[] = {"Iptc.Application2.Caption", "Iptc.Application2.Headline",
                                         "Iptc.Application2.Keywords"};

}  // namespace

Status read_image_metadata(std::string_view bytes, Extraction& ex) {
  init_exiv2();
  Exiv2::Image::AutoPtr image;
  try {
    image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.data()), static_cast<long>(bytes.size()));
    if (!image.get()) return unsupported_error("不支持的图片格式", "unsupported image format");
    image->readMetadata();
  } catch (const Exiv2::AnyError&) {
    return corrupt_error("图片文件已损坏，无法读取其元数据", "the image is damaged; its metadata cannot be read");
  }
  const std::uint64_t pixels = static_cast<std::uint64_t>(std::max(0, image->pixelWidth())) *
                               static_cast<std::uint64_t>(std::max(0, image->pixelHeight()));
  if (pixels > ex.limits().max_image_pixels)
    return limit_error("图片像素过多，超过检查上限", "the image has more pixels than the limit");

  const Exiv2::ExifData& exif = image->exifData();
  const Exiv2::XmpData& xmp = image->xmpData();
  const Exiv2::IptcData& iptc = image->iptcData();
  try {
    read_gps(exif, xmp, ex);
    for (const Field& f : kPlaces) {
      std::string v;
      if (f.key[0] == 'X') {
        const auto it = xmp.findKey(Exiv2::XmpKey(f.key));
        if (it != xmp.end()) v = value_of(*it);
      } else {
        const auto it = iptc.findKey(Exiv2::IptcKey(f.key));
        if (it != iptc.end()) v = value_of(*it);
      }
      if (has_text(v)) ex.add_meta(meta::kPlaceName, f.key, f.zh, v);
    }
    for (const Field& f : kDevice) {
      const auto it = exif.findKey(Exiv2::ExifKey(f.key));
      if (it == exif.end()) continue;
      const std::string v = value_of(*it);
      if (has_text(v)) ex.add_meta(f.kind, f.key, f.zh, v);
    }
    for (const Field& f : kXmpDevice) {
      const auto it = xmp.findKey(Exiv2::XmpKey(f.key));
      if (it == xmp.end()) continue;
      const std::string v = value_of(*it);
      if (has_text(v)) ex.add_meta(f.kind, f.key, f.zh, v);
    }
    std::string captions;
    auto add_caption = [&captions](const std::string& v) {
      if (!has_text(v)) return;
      captions += v;
      captions += '\n';
    };
    for (const char* k : kCaptions) {
      const auto it = exif.findKey(Exiv2::ExifKey(k));
      if (it != exif.end()) add_caption(value_of(*it));
    }
    for (const char* k : kXmpCaptions) {
      const auto it = xmp.findKey(Exiv2::XmpKey(k));
      if (it != xmp.end()) add_caption(value_of(*it));
    }
    for (const char* k : kIptcCaptions) {
      const auto it = iptc.findKey(Exiv2::IptcKey(k));
      if (it != iptc.end()) add_caption(value_of(*it));
    }
    NC_EXTRACT_TRY(ex.add_part("图片说明", std::move(captions)));
  } catch (const Exiv2::AnyError&) {
    return corrupt_error("图片元数据已损坏", "the image metadata is damaged");
  }
  return Status::Ok();
}

}  // namespace nc::check::extract
