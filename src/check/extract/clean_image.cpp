// Photo cleaning (clean.h): exiv2 rewrites the metadata segments of a JPEG
// (APP1 EXIF/XMP, APP13 IPTC) or the chunks of a PNG; the compressed image
// data is copied as it is, never decoded.
#include <exiv2/exiv2.hpp>

#include <string>

#include "check/extract/cleaners.h"
#include "check/extract/readers.h"

// exiv2 0.27 hands out std::auto_ptr (see image_meta.cpp).
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"

namespace nc::check::extract {
namespace {

enum Kind { kLocation, kDevice, kTime, kAuthor, kKinds };

constexpr const char* kKindZh[kKinds] = {"照片的拍摄位置", "照片的拍摄设备和处理软件", "照片的拍摄时间",
                                         "照片的作者和版权信息"};

struct Rule {
  const char* prefix;  // a key, or the start of keys ("Xmp.aux.")
  Kind kind;
};

constexpr Rule kExif[] = {
    {"Exif.GPSInfo.", kLocation},
    {"Exif.Image.Make", kDevice},
    {"Exif.Image.Model", kDevice},
    {"Exif.Image.Software", kDevice},
    {"Exif.Image.HostComputer", kDevice},
    {"Exif.Image.CameraSerialNumber", kDevice},
    {"Exif.Image.UniqueCameraModel", kDevice},
    {"Exif.Photo.BodySerialNumber", kDevice},
    {"Exif.Photo.LensSerialNumber", kDevice},
    {"Exif.Photo.LensMake", kDevice},
    {"Exif.Photo.LensModel", kDevice},
    {"Exif.Photo.LensSpecification", kDevice},
    {"Exif.Photo.CameraOwnerName", kAuthor},
    {"Exif.Photo.ImageUniqueID", kDevice},
    {"Exif.Photo.MakerNote", kDevice},
    {"Exif.MakerNote.", kDevice},
    {"Exif.Image.DateTime", kTime},  // also DateTimeOriginal
    {"Exif.Photo.DateTime", kTime},  // DateTimeOriginal, DateTimeDigitized
    {"Exif.Photo.SubSecTime", kTime},
    {"Exif.Photo.OffsetTime", kTime},
    {"Exif.Image.Artist", kAuthor},
    {"Exif.Image.Copyright", kAuthor},
    {"Exif.Image.XPAuthor", kAuthor},
};

constexpr Rule kXmp[] = {
    {"Xmp.exif.GPS", kLocation},
    {"Xmp.photoshop.City", kLocation},
    {"Xmp.photoshop.State", kLocation},
    {"Xmp.photoshop.Country", kLocation},
    {"Xmp.iptc.Location", kLocation},
    {"Xmp.iptc.CountryCode", kLocation},
    {"Xmp.iptcExt.Location", kLocation},
    {"Xmp.tiff.Make", kDevice},
    {"Xmp.tiff.Model", kDevice},
    {"Xmp.tiff.Software", kDevice},
    {"Xmp.xmp.CreatorTool", kDevice},
    {"Xmp.aux.", kDevice},
    {"Xmp.exifEX.BodySerialNumber", kDevice},
    {"Xmp.exifEX.LensSerialNumber", kDevice},
    {"Xmp.exifEX.LensMake", kDevice},
    {"Xmp.exifEX.LensModel", kDevice},
    {"Xmp.exifEX.LensSpecification", kDevice},
    {"Xmp.xmpMM.", kDevice},  // editing history: software, document ids
    {"Xmp.exifEX.CameraOwnerName", kAuthor},
    {"Xmp.xmp.CreateDate", kTime},
    {"Xmp.xmp.ModifyDate", kTime},
    {"Xmp.xmp.MetadataDate", kTime},
    {"Xmp.exif.DateTime", kTime},
    {"Xmp.photoshop.DateCreated", kTime},
    {"Xmp.tiff.DateTime", kTime},
    {"Xmp.dc.creator", kAuthor},
    {"Xmp.dc.rights", kAuthor},
    {"Xmp.photoshop.Credit", kAuthor},
};

constexpr Rule kIptc[] = {
    {"Iptc.Application2.City", kLocation},          {"Iptc.Application2.SubLocation", kLocation},
    {"Iptc.Application2.ProvinceState", kLocation}, {"Iptc.Application2.CountryName", kLocation},
    {"Iptc.Application2.CountryCode", kLocation},   {"Iptc.Application2.LocationCode", kLocation},
    {"Iptc.Application2.LocationName", kLocation},  {"Iptc.Application2.OriginatingProgram", kDevice},
    {"Iptc.Application2.ProgramVersion", kDevice},  {"Iptc.Application2.DateCreated", kTime},
    {"Iptc.Application2.TimeCreated", kTime},       {"Iptc.Application2.DigitizationDate", kTime},
    {"Iptc.Application2.DigitizationTime", kTime},  {"Iptc.Application2.Byline", kAuthor},
    {"Iptc.Application2.Copyright", kAuthor},       {"Iptc.Application2.Credit", kAuthor},
    {"Iptc.Application2.Contact", kAuthor},
};

template <std::size_t N>
int kind_of(const std::string& key, const Rule (&rules)[N]) {
  for (const Rule& r : rules)
    if (key.rfind(r.prefix, 0) == 0) return r.kind;
  return -1;
}

// Erases every datum a rule names; marks the kinds it found.
template <class Data, std::size_t N>
void erase(Data& data, const Rule (&rules)[N], bool (&found)[kKinds], bool maker_groups = false) {
  for (auto it = data.begin(); it != data.end();) {
    int kind = kind_of(it->key(), rules);
    if (kind < 0 && maker_groups && Exiv2::ExifTags::isMakerGroup(it->groupName())) kind = kDevice;
    if (kind < 0) {
      ++it;
      continue;
    }
    found[kind] = true;
    it = data.erase(it);
  }
}

}  // namespace

Status clean_image(std::string_view bytes, Format format, Extraction& ex, CleanedFile& out) {
  if (format != Format::Jpeg && format != Format::Png)
    return unsupported_error("暂不支持清理这种图片格式（只支持 JPEG 和 PNG），请转存为 JPEG 后再试",
                             "only JPEG and PNG photos can be cleaned");
  init_exiv2();
  bool found[kKinds] = {false, false, false, false};
  try {
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.data()), static_cast<long>(bytes.size()));
    if (!image.get()) return unsupported_error("不支持的图片格式", "unsupported image format");
    image->readMetadata();
    const std::uint64_t pixels = static_cast<std::uint64_t>(std::max(0, image->pixelWidth())) *
                                 static_cast<std::uint64_t>(std::max(0, image->pixelHeight()));
    if (pixels > ex.limits().max_image_pixels)
      return limit_error("图片像素过多，超过检查上限", "the image has more pixels than the limit");
    erase(image->exifData(), kExif, found, true);
    erase(image->xmpData(), kXmp, found);
    erase(image->iptcData(), kIptc, found);
    image->writeMetadata();
    Exiv2::BasicIo& io = image->io();
    if (io.open() != 0) return corrupt_error("无法生成清理后的图片", "cannot write the cleaned image");
    io.seek(0, Exiv2::BasicIo::beg);
    const long size = static_cast<long>(io.size());
    if (size <= 0 || static_cast<std::size_t>(size) > ex.limits().max_input_bytes + bytes.size()) {
      io.close();
      return corrupt_error("无法生成清理后的图片", "cannot write the cleaned image");
    }
    Exiv2::DataBuf buf = io.read(size);
    io.close();
    out.bytes.assign(reinterpret_cast<const char*>(buf.pData_), static_cast<std::size_t>(buf.size_));
  } catch (const Exiv2::AnyError&) {
    return corrupt_error("图片文件已损坏，无法清理其元数据", "the image is damaged; its metadata cannot be cleaned");
  }
  NC_EXTRACT_TRY(ex.check_time());
  out.format = format;
  for (int k = 0; k < kKinds; ++k)
    if (found[k]) out.removed.push_back(kKindZh[k]);
  return Status::Ok();
}

}  // namespace nc::check::extract
