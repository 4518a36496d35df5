// Per-row adapter tensors kept in step with the running batch: a row is copied in when its
// sequence joins and swapped out when it leaves, so a decode step gathers nothing.
#include "ml/AdapterRows.h"

#include <algorithm>

namespace fw::ml {

AdapterRows::AdapterRows(int slotCount, torch::TensorOptions options)
    : m_options(options.requires_grad(false)), m_at(size_t(slotCount)), m_bt(size_t(slotCount)),
      m_in(size_t(slotCount), 0), m_out(size_t(slotCount), 0), m_users(size_t(slotCount), 0)
{
}

void AdapterRows::reserve(int64_t capacity, int64_t rank)
{
    if (capacity <= m_capacity && rank <= m_rank)
        return;
    // Grow geometrically: sequences join one at a time.
    m_capacity = std::max({capacity, 2 * m_capacity, int64_t(8)});
    m_rank = std::max(rank, m_rank);
    m_scale = torch::zeros({m_capacity, 1, 1}, m_options);
    for (size_t slot = 0; slot < m_at.size(); ++slot)
        if (m_at[slot].defined()) {
            m_at[slot] = torch::zeros({m_capacity, m_in[slot], m_rank}, m_options);
            m_bt[slot] = torch::zeros({m_capacity, m_rank, m_out[slot]}, m_options);
        }
    for (int64_t row = 0; row < int64_t(m_rows.size()); ++row)
        write(row);
}

// Row `row` from its adapter, zeros where it has none.
void AdapterRows::write(int64_t row)
{
    const ServingAdapter* adapter = m_rows[size_t(row)].get();
    m_scale[row].fill_(adapter ? adapter->scaling : 0.0);
    for (size_t slot = 0; slot < m_at.size(); ++slot) {
        const bool reaches = adapter && adapter->a[slot].defined();
        if (reaches && !m_at[slot].defined()) {
            m_in[slot] = adapter->a[slot].size(1);
            m_out[slot] = adapter->b[slot].size(0);
            m_at[slot] = torch::zeros({m_capacity, m_in[slot], m_rank}, m_options);
            m_bt[slot] = torch::zeros({m_capacity, m_rank, m_out[slot]}, m_options);
        }
        if (!m_at[slot].defined())
            continue;
        if (!reaches) {
            m_at[slot][row].zero_();
            m_bt[slot][row].zero_();
            continue;
        }
        const int64_t r = adapter->rank;
        if (r < m_rank) {
            m_at[slot][row].narrow(1, r, m_rank - r).zero_();
            m_bt[slot][row].narrow(0, r, m_rank - r).zero_();
        }
        m_at[slot][row].narrow(1, 0, r).copy_(adapter->a[slot].t());
        m_bt[slot][row].narrow(0, 0, r).copy_(adapter->b[slot].t());
    }
}

void AdapterRows::copyRow(int64_t from, int64_t to)
{
    m_scale[to].copy_(m_scale[from]);
    for (size_t slot = 0; slot < m_at.size(); ++slot)
        if (m_at[slot].defined()) {
            m_at[slot][to].copy_(m_at[slot][from]);
            m_bt[slot][to].copy_(m_bt[slot][from]);
        }
}

void AdapterRows::push(std::shared_ptr<const ServingAdapter> adapter)
{
    if (adapter)
        for (size_t slot = 0; slot < m_users.size(); ++slot)
            m_users[slot] += adapter->a[slot].defined() ? 1 : 0;
    m_rows.push_back(std::move(adapter));
    const int64_t row = int64_t(m_rows.size()) - 1;
    const int64_t rank = m_rows.back() ? m_rows.back()->rank : 0;
    if (row >= m_capacity || rank > m_rank)
        reserve(row + 1, rank); // writes every row, this one included
    else
        write(row);
}

void AdapterRows::removeSwap(int row)
{
    if (const auto& adapter = m_rows[size_t(row)])
        for (size_t slot = 0; slot < m_users.size(); ++slot)
            m_users[slot] -= adapter->a[slot].defined() ? 1 : 0;
    const int last = int(m_rows.size()) - 1;
    if (row != last) {
        m_rows[size_t(row)] = std::move(m_rows[size_t(last)]);
        copyRow(last, row);
    }
    m_rows.pop_back();
}

torch::Tensor AdapterRows::apply(int slot, const torch::Tensor& x, torch::Tensor y) const
{
    if (m_users[size_t(slot)] == 0)
        return y;
    const int64_t n = int64_t(m_rows.size());
    // One adapter for the whole batch: its own tensors, two plain GEMMs over all rows.
    if (m_users[size_t(slot)] == n && std::all_of(m_rows.begin(), m_rows.end(), [&](const auto& r) {
            return r == m_rows.front();
        }))
        return SingleAdapterDeltas::add(*m_rows.front(), slot, x, std::move(y));
    const torch::Tensor low = torch::bmm(x, m_at[size_t(slot)].narrow(0, 0, n)); // (N, T, rank)
    return y + torch::bmm(low, m_bt[size_t(slot)].narrow(0, 0, n)) *
                   m_scale.narrow(0, 0, n); // (N, T, out)
}

} // namespace fw::ml
