// SPDX-License-Identifier: Apache-2.0
// render-icons: draws the application's SVG icon at the sizes the desktops want, at build time,
// with the same renderer the app uses (QSvgRenderer), so no extra tool is needed on any OS.
//
//   render-icons SVG OUTDIR
//     OUTDIR/hicolor/NxN/apps/account-manager.png   N = 16 22 24 32 48 64 128 256 512
//     OUTDIR/account-manager.ico                    (Windows: 16…256, PNG entries)
//     OUTDIR/account-manager.icns                   (macOS: 16…1024, PNG entries)
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>
#include <cstdio>

namespace {
QByteArray png(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void put16(QByteArray* out, quint16 v)
{
    const quint16 le = qToLittleEndian(v);
    out->append(reinterpret_cast<const char*>(&le), 2);
}
void put32le(QByteArray* out, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    out->append(reinterpret_cast<const char*>(&le), 4);
}
void put32be(QByteArray* out, quint32 v)
{
    const quint32 be = qToBigEndian(v);
    out->append(reinterpret_cast<const char*>(&be), 4);
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "render-icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: render-icons SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render-icons: %s is not a valid SVG\n", argv[1]);
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);

    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 }) {
        if (!write(QStringLiteral("%1/hicolor/%2x%2/apps/account-manager.png").arg(out).arg(size),
                   png(svg, size)))
            return 1;
    }

    // ICO: ICONDIR, one ICONDIRENTRY per image, then the PNG data (Windows Vista and later).
    const QList<int> icoSizes { 16, 24, 32, 48, 64, 128, 256 };
    QList<QByteArray> icoImages;
    for (int size : icoSizes)
        icoImages << png(svg, size);
    QByteArray ico;
    put16(&ico, 0);
    put16(&ico, 1);
    put16(&ico, quint16(icoSizes.size()));
    quint32 offset = 6 + 16 * quint32(icoSizes.size());
    for (int i = 0; i < icoSizes.size(); ++i) {
        ico.append(char(icoSizes[i] >= 256 ? 0 : icoSizes[i])); // 0 means 256
        ico.append(char(icoSizes[i] >= 256 ? 0 : icoSizes[i]));
        ico.append(char(0)); // no palette
        ico.append(char(0));
        put16(&ico, 1); // planes
        put16(&ico, 32); // bits per pixel
        put32le(&ico, quint32(icoImages[i].size()));
        put32le(&ico, offset);
        offset += quint32(icoImages[i].size());
    }
    for (const QByteArray& image : icoImages)
        ico += image;
    if (!write(out + QStringLiteral("/account-manager.ico"), ico))
        return 1;

    // ICNS: "icns", total length, then (type, length, PNG) blocks; all big-endian. The 1x images
    // icp4…ic09 (16…512) and the 2x ones ic11…ic14 and ic10 (512@2x: 1024 px, which the App Store
    // and Finder's largest views want; without it macOS scales the 512 up).
    const QList<QPair<const char*, int>> icnsTypes {
        { "icp4", 16 }, { "icp5", 32 }, { "icp6", 64 },  { "ic07", 128 }, { "ic08", 256 },  { "ic09", 512 },
        { "ic11", 32 }, { "ic12", 64 }, { "ic13", 256 }, { "ic14", 512 }, { "ic10", 1024 },
    };
    QByteArray blocks;
    for (const auto& [type, size] : icnsTypes) {
        const QByteArray image = png(svg, size);
        blocks.append(type, 4);
        put32be(&blocks, quint32(8 + image.size()));
        blocks += image;
    }
    QByteArray icns("icns", 4);
    put32be(&icns, quint32(8 + blocks.size()));
    icns += blocks;
    return write(out + QStringLiteral("/account-manager.icns"), icns) ? 0 : 1;
}
