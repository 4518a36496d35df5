// Secret bytes in guarded, locked memory (sodium_malloc), zeroed when released.
#pragma once

#include <QByteArray>

#include <cstddef>

namespace fw::crypto {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    static SecureBytes fromBytes(const unsigned char* data, std::size_t size);
    // Copies and then wipes `source`, so a secret read into a QByteArray does not linger there.
    static SecureBytes takeFrom(QByteArray& source);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    SecureBytes clone() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Constant-time comparison.
    bool equals(const unsigned char* other, std::size_t size) const;
    // An ordinary copy, for the few places that must hand the secret on (the encrypted database).
    QByteArray toByteArrayUnsafe() const;
    QByteArray toHexUnsafe() const;

    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a non-secure buffer that held a secret (a passphrase typed into a QString, say).
void wipe(QByteArray& bytes);

} // namespace fw::crypto
