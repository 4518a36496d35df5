// Guarded secret memory over sodium_malloc / sodium_free.
#include "crypto/SecureBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace fw::crypto {

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    std::memset(m_data, 0, size);
    m_size = size;
}

SecureBytes SecureBytes::fromBytes(const unsigned char* data, std::size_t size)
{
    SecureBytes out(size);
    if (size)
        std::memcpy(out.m_data, data, size);
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out = fromBytes(reinterpret_cast<const unsigned char*>(source.constData()),
                                static_cast<std::size_t>(source.size()));
    wipe(source);
    return out;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::clone() const
{
    return fromBytes(m_data, m_size);
}

bool SecureBytes::equals(const unsigned char* other, std::size_t size) const
{
    return size == m_size && (m_size == 0 || sodium_memcmp(m_data, other, m_size) == 0);
}

QByteArray SecureBytes::toByteArrayUnsafe() const
{
    return QByteArray(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
}

QByteArray SecureBytes::toHexUnsafe() const
{
    return toByteArrayUnsafe().toHex();
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // zeroes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace fw::crypto
