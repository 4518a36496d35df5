// A wallet identity as the rest of the program sees it: public parts only.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace fw::wallet {

struct Identity
{
    qint64 id = 0;
    QString name;
    QString address;      // fw1..., with checksum
    QByteArray publicKey; // 32 bytes
    bool isDefault = false;
    QDateTime createdAt;
    // Met in a signed bundle: the public key only, never able to sign in this workspace.
    bool external = false;
};

} // namespace fw::wallet

Q_DECLARE_METATYPE(fw::wallet::Identity)
