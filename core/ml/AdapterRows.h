// The adapters of a running batch, one row per sequence, gathered per projection so that a decode
// step adds every row's own low-rank update with two batched GEMMs (Punica's BGMV), not a loop.
#pragma once

#include "ml/ServingAdapter.h"

namespace fw::ml {

class AdapterRows final : public LoraDeltas
{
public:
    AdapterRows(int slotCount, torch::TensorOptions options);

    // Appends a row; null = the base alone. Copies the adapter's A and B in (one row, not all).
    void push(std::shared_ptr<const ServingAdapter> adapter);
    // Drops row `row`: the last row takes its place (the batch order the caller keeps too).
    void removeSwap(int row);
    int rows() const { return int(m_rows.size()); }

    // y + per row scaling_r * (x A_r^T) B_r^T; rows without an adapter on `slot` add exact zeros.
    torch::Tensor apply(int slot, const torch::Tensor& x, torch::Tensor y) const override;

private:
    void reserve(int64_t capacity, int64_t rank);
    void write(int64_t row);
    void copyRow(int64_t from, int64_t to);

    std::vector<std::shared_ptr<const ServingAdapter>> m_rows;
    torch::TensorOptions m_options;
    // Per slot, rows padded to m_rank with zeros: At (capacity, in, rank), Bt (capacity, rank,
    // out); undefined until some adapter reaches the slot.
    std::vector<torch::Tensor> m_at, m_bt;
    std::vector<int64_t> m_in, m_out; // sizes of each slot, learnt from the first adapter on it
    std::vector<int> m_users;         // rows whose adapter reaches each slot
    torch::Tensor m_scale;            // (capacity, 1, 1)
    int64_t m_capacity = 0;
    int64_t m_rank = 0;
};

} // namespace fw::ml
