

module top(clock,board_mac,reg_addr,reg_wr_en,reg_wr_data,reg_wr_strb,reg_wr_ready,reg_rd_en,reg_rd_valid,reg_rd_data,dmar_valid,dmar_ready,dmar_tag,dmar_addr,dmar_len,dmar_beat_valid,dmar_beat_tag,dmar_beat_data,dmar_beat_last,dmaw_valid,dmaw_ready,dmaw_addr,dmaw_len,dmaw_data,dmaw_strb,dmaw_first,dmaw_last,msi_req,xgmii_txd,xgmii_txc,xgmii_rxd,xgmii_rxc);
    
    // Module arguments
    input wire  clock;
    input wire  [47:0] board_mac;
    input wire  [12:0] reg_addr;
    input wire  reg_wr_en;
    input wire  [31:0] reg_wr_data;
    input wire  [3:0] reg_wr_strb;
    output reg  reg_wr_ready;
    input wire  reg_rd_en;
    output reg  reg_rd_valid;
    output reg  [31:0] reg_rd_data;
    output reg  dmar_valid;
    input wire  dmar_ready;
    output reg  [7:0] dmar_tag;
    output reg  [63:0] dmar_addr;
    output reg  [12:0] dmar_len;
    input wire  dmar_beat_valid;
    input wire  [7:0] dmar_beat_tag;
    input wire  [63:0] dmar_beat_data;
    input wire  dmar_beat_last;
    output reg  dmaw_valid;
    input wire  dmaw_ready;
    output reg  [63:0] dmaw_addr;
    output reg  [12:0] dmaw_len;
    output reg  [63:0] dmaw_data;
    output reg  [7:0] dmaw_strb;
    output reg  dmaw_first;
    output reg  dmaw_last;
    output reg  msi_req;
    output reg  [63:0] xgmii_txd;
    output reg  [7:0] xgmii_txc;
    input wire  [63:0] xgmii_rxd;
    input wire  [7:0] xgmii_rxc;
    
    // Constant declarations
    localparam  k_id = 32'h41525a55;
    localparam  k_version = 32'h10000;
    localparam  k_caps = 32'h400c01;
    localparam  k_caps_regions = 32'h400;
    localparam  k_max_payload_reset = 32'h5b8;
    localparam  k_max_write = 32'h23e0;
    localparam  k_xoff_reset = 32'h8000;
    localparam  k_xon_reset = 32'h4000;
    localparam  k_coalesce_reset = 16'h40;
    localparam  k_regions = 11'b10000000000;
    localparam  k_status_link = 32'h1;
    localparam  k_status_paused = 32'h2;
    localparam  k_status_xoff = 32'h4;
    localparam  k_status_local_fault = 32'h8;
    localparam  k_status_remote_fault = 32'h10;
    localparam  addr_id = 13'b0;
    localparam  addr_version = 13'b100;
    localparam  addr_caps = 13'b1000;
    localparam  addr_caps_regions = 13'b1100;
    localparam  addr_mac_lo = 13'b10000;
    localparam  addr_mac_hi = 13'b10100;
    localparam  addr_control = 13'b11000;
    localparam  addr_status = 13'b11100;
    localparam  addr_max_payload = 13'b100000;
    localparam  addr_pause_quanta = 13'b100100;
    localparam  addr_rxbuf_xoff = 13'b101000;
    localparam  addr_rxbuf_xon = 13'b101100;
    localparam  addr_irq_cause = 13'b110000;
    localparam  addr_irq_mask = 13'b110100;
    localparam  addr_ack_coalesce = 13'b111000;
    localparam  addr_ring_base = 13'b100000000;
    localparam  addr_ring_end = 13'b110000000;
    localparam  off_base_lo = 5'b0;
    localparam  off_base_hi = 5'b100;
    localparam  off_size = 5'b1000;
    localparam  off_head = 5'b1100;
    localparam  off_tail = 5'b10000;
    localparam  addr_sq_tail = 13'b100010000;
    localparam  addr_txq_tail = 13'b100110000;
    localparam  addr_rxq_tail = 13'b101010000;
    localparam  addr_eq_head = 13'b101101100;
    localparam  addr_ct_rx_start = 13'b1010011100;
    localparam  addr_ct_select = 13'b1010100100;
    localparam  addr_ct_rx_cum = 13'b1010101000;
    localparam  addr_ct_rx_high = 13'b1010101100;
    localparam  addr_ct_rx_done = 13'b1010110000;
    localparam  addr_rx_map = 13'b1000000000000;
    localparam  addr_cnt = 13'b10000000000;
    localparam  addr_cnt_end = 13'b10001100100;
    localparam  k_ctl_enable = 5'b1;
    localparam  k_ctl_reset = 5'b10;
    localparam  k_ctl_pause_rx = 5'b100;
    localparam  k_ctl_pause_tx = 5'b1000;
    localparam  k_ctl_promisc = 5'b10000;
    localparam  k_mask_base_lo = 128'hffffffff;
    localparam  k_mask_base = 256'hffffffffffffffff;
    localparam  k_mask_log2 = 32'h1f;
    localparam  at_halves$lo = 10'b0;
    localparam  at_halves$hi = 10'b100000;
    localparam  at_halves$mac_hi = 10'b100000;
    localparam  at_rings$sq_base = 10'b0;
    localparam  at_rings$txq_base = 10'b1000000;
    localparam  at_rings$rxq_base = 10'b10000000;
    localparam  at_rings$eq_base = 10'b11000000;
    localparam  at_rings$sq_log2 = 10'b0;
    localparam  at_rings$txq_log2 = 10'b1000;
    localparam  at_rings$rxq_log2 = 10'b10000;
    localparam  at_rings$eq_log2 = 10'b11000;
    localparam  at_region$key = 10'b0;
    localparam  at_region$len = 10'b1000000;
    localparam  at_region$pl = 10'b1110001;
    localparam  at_region$first = 10'b10110001;
    localparam  at_region$pd = 10'b10111101;
    localparam  at_region$flags = 10'b11001101;
    localparam  at_counters$rx_frames = 10'b0;
    localparam  at_counters$rx_bad_fcs = 10'b100000;
    localparam  at_counters$rx_runt = 10'b1000000;
    localparam  at_counters$rx_oversize = 10'b1100000;
    localparam  at_counters$rx_pause = 10'b10000000;
    localparam  at_counters$rx_placed = 10'b10100000;
    localparam  at_counters$rx_placed_bytes = 10'b11000000;
    localparam  at_counters$rx_drop_malformed = 10'b11100000;
    localparam  at_counters$rx_drop_ctx = 10'b100000000;
    localparam  at_counters$rx_drop_peer = 10'b100100000;
    localparam  at_counters$rx_drop_tag = 10'b101000000;
    localparam  at_counters$rx_drop_key = 10'b101100000;
    localparam  at_counters$rx_drop_bounds = 10'b110000000;
    localparam  at_counters$rx_drop_dup = 10'b110100000;
    localparam  at_counters$rx_drop_window = 10'b111000000;
    localparam  at_counters$rx_drop_no_buf = 10'b111100000;
    localparam  at_counters$rx_host = 10'b1000000000;
    localparam  at_counters$tx_frames = 10'b1000100000;
    localparam  at_counters$tx_writes = 10'b1001000000;
    localparam  at_counters$tx_pause = 10'b1001100000;
    localparam  at_counters$sq_errors = 10'b1010000000;
    localparam  at_counters$eq_overflow = 10'b1010100000;
    localparam  at_counters$rx_unsupported_opcode = 10'b1011000000;
    localparam  at_counters$link_local_faults = 10'b1011100000;
    localparam  at_counters$link_remote_faults = 10'b1100000000;
    
    // Stub signals
    wire mac$clock;
    reg  [63:0] mac$tx_data;
    reg  [7:0] mac$tx_keep;
    reg  mac$tx_valid;
    reg  mac$tx_last;
    wire  mac$tx_ready;
    wire  mac$tx_paused;
    reg  mac$tx_send_pause;
    reg  [15:0] mac$tx_send_pause_quanta;
    reg  [47:0] mac$station;
    wire  [63:0] mac$xgmii_txd;
    wire  [7:0] mac$xgmii_txc;
    reg  [63:0] mac$xgmii_rxd;
    reg  [7:0] mac$xgmii_rxc;
    wire  [63:0] mac$rx_data;
    wire  [7:0] mac$rx_keep;
    wire  mac$rx_valid;
    wire  mac$rx_last;
    wire  mac$rx_error;
    reg  mac$rx_pause_enable;
    wire  mac$rx_pause_load;
    wire  [15:0] mac$rx_pause_quanta;
    wire  [31:0] mac$rx_frames;
    wire  [31:0] mac$rx_bad_fcs;
    wire  [31:0] mac$rx_runt;
    wire  [31:0] mac$rx_oversize;
    wire  [31:0] mac$rx_pause;
    wire  [31:0] mac$rx_unsupported;
    wire  mac$link_local_fault;
    wire  mac$link_remote_fault;
    wire  [31:0] mac$link_local_faults;
    wire  [31:0] mac$link_remote_faults;
    wire rx$clock;
    reg  [63:0] rx$m_data;
    reg  [7:0] rx$m_keep;
    reg  rx$m_valid;
    reg  rx$m_last;
    reg  rx$m_error;
    reg  [47:0] rx$cfg_mac;
    reg  rx$cfg_enable;
    reg  rx$cfg_promisc;
    reg  [15:0] rx$cfg_coalesce;
    reg  [63:0] rx$eq_base;
    reg  [4:0] rx$eq_log2;
    reg  [31:0] rx$eq_head;
    wire  [31:0] rx$eq_tail;
    reg  [63:0] rx$rxq_base;
    reg  [4:0] rx$rxq_log2;
    reg  [31:0] rx$rxq_tail;
    wire  [31:0] rx$rxq_head;
    reg  rx$rt_we;
    reg  [9:0] rx$rt_waddr;
    reg  [207:0] rx$rt_wdata;
    reg  rx$ct_req;
    reg  [5:0] rx$ct_idx;
    reg  [112:0] rx$ct_data;
    reg  [31:0] rx$ct_start;
    wire  rx$ct_ack;
    reg  rx$arm_req;
    reg  [5:0] rx$arm_idx;
    wire  rx$arm_ack;
    reg  rx$q_req;
    reg  [1:0] rx$q_kind;
    reg  [5:0] rx$q_ctx;
    reg  [6:0] rx$q_word;
    wire  rx$q_ack;
    wire  [31:0] rx$q_data;
    wire  [31:0] rx$q_high;
    wire  [31:0] rx$q_done;
    reg  rx$rst_req;
    wire  rx$rst_ack;
    reg  rx$tx_event$req;
    reg  [7:0] rx$tx_event$kind;
    reg  [15:0] rx$tx_event$ctx;
    reg  [31:0] rx$tx_event$a;
    reg  [31:0] rx$tx_event$b;
    wire  rx$tx_event$ack;
    wire  rx$dmaw$valid;
    reg  rx$dmaw$ready;
    wire  [63:0] rx$dmaw$addr;
    wire  [12:0] rx$dmaw$len;
    wire  [63:0] rx$dmaw$data;
    wire  [7:0] rx$dmaw$strb;
    wire  rx$dmaw$first;
    wire  rx$dmaw$last;
    wire  rx$desc_rd$req;
    reg  rx$desc_rd$ready;
    wire  [63:0] rx$desc_rd$addr;
    wire  [12:0] rx$desc_rd$len;
    reg  rx$desc_rd$beat;
    reg  [63:0] rx$desc_rd$data;
    reg  rx$desc_rd$last;
    wire  rx$list_rd$req;
    reg  rx$list_rd$ready;
    wire  [63:0] rx$list_rd$addr;
    wire  [12:0] rx$list_rd$len;
    reg  rx$list_rd$beat;
    reg  [51:0] rx$list_rd$data;
    reg  rx$list_rd$last;
    wire  rx$irq_event;
    wire  rx$irq_overflow;
    wire  [13:0] rx$fill;
    wire  rx$idle;
    wire  [31:0] rx$c_placed;
    wire  [31:0] rx$c_placed_bytes;
    wire  [31:0] rx$c_malformed;
    wire  [31:0] rx$c_ctx;
    wire  [31:0] rx$c_peer;
    wire  [31:0] rx$c_tag;
    wire  [31:0] rx$c_key;
    wire  [31:0] rx$c_bounds;
    wire  [31:0] rx$c_dup;
    wire  [31:0] rx$c_window;
    wire  [31:0] rx$c_nobuf;
    wire  [31:0] rx$c_host;
    wire  [31:0] rx$c_eq_overflow;
    wire txq$clock;
    reg  txq$enable;
    reg  [63:0] txq$txq_base;
    reg  [4:0] txq$txq_log2;
    reg  [31:0] txq$txq_tail;
    wire  [31:0] txq$txq_head;
    wire  txq$rd$req;
    reg  txq$rd$ready;
    wire  [63:0] txq$rd$addr;
    wire  [12:0] txq$rd$len;
    reg  txq$rd$beat;
    reg  [63:0] txq$rd$data;
    reg  txq$rd$last;
    wire  txq$event$req;
    wire  [7:0] txq$event$kind;
    wire  [15:0] txq$event$ctx;
    wire  [31:0] txq$event$a;
    wire  [31:0] txq$event$b;
    reg  txq$event$ack;
    wire  [63:0] txq$tx_data;
    wire  [7:0] txq$tx_keep;
    wire  txq$tx_valid;
    wire  txq$tx_last;
    reg  txq$tx_ready;
    wire  txq$tx_sent;
    wire  txq$idle;
    wire sq$clock;
    reg  sq$enable;
    reg  sq$reset;
    reg  [13:0] sq$max_payload;
    reg  [47:0] sq$station;
    reg  [63:0] sq$sq_base;
    reg  [4:0] sq$sq_log2;
    reg  [31:0] sq$sq_tail;
    wire  [31:0] sq$sq_head;
    reg  sq$rt_we;
    reg  [9:0] sq$rt_waddr;
    reg  [143:0] sq$rt_wdata;
    reg  sq$ct_we;
    reg  [5:0] sq$ct_waddr;
    reg  [112:0] sq$ct_wdata;
    wire  sq$desc_rd$req;
    reg  sq$desc_rd$ready;
    wire  [63:0] sq$desc_rd$addr;
    wire  [12:0] sq$desc_rd$len;
    reg  sq$desc_rd$beat;
    reg  [63:0] sq$desc_rd$data;
    reg  sq$desc_rd$last;
    wire  sq$list_rd$req;
    reg  sq$list_rd$ready;
    wire  [63:0] sq$list_rd$addr;
    wire  [12:0] sq$list_rd$len;
    reg  sq$list_rd$beat;
    reg  [51:0] sq$list_rd$data;
    reg  sq$list_rd$last;
    wire  sq$payload_rd$req;
    reg  sq$payload_rd$ready;
    wire  [63:0] sq$payload_rd$addr;
    wire  [12:0] sq$payload_rd$len;
    reg  sq$payload_rd$beat;
    reg  [63:0] sq$payload_rd$data;
    reg  sq$payload_rd$last;
    wire  sq$event$req;
    wire  [7:0] sq$event$kind;
    wire  [15:0] sq$event$ctx;
    wire  [31:0] sq$event$a;
    wire  [31:0] sq$event$b;
    reg  sq$event$ack;
    wire  [63:0] sq$tx_data;
    wire  [7:0] sq$tx_keep;
    wire  sq$tx_valid;
    wire  sq$tx_last;
    reg  sq$tx_ready;
    wire  sq$tx_sent;
    wire  sq$idle;
    wire  [31:0] sq$c_sq_errors;
    wire tx$clock;
    reg  [63:0] tx$txq_data;
    reg  [7:0] tx$txq_keep;
    reg  tx$txq_valid;
    reg  tx$txq_last;
    wire  tx$txq_ready;
    reg  tx$txq_sent;
    reg  [63:0] tx$sq_data;
    reg  [7:0] tx$sq_keep;
    reg  tx$sq_valid;
    reg  tx$sq_last;
    wire  tx$sq_ready;
    reg  tx$sq_sent;
    wire  [63:0] tx$mac_data;
    wire  [7:0] tx$mac_keep;
    wire  tx$mac_valid;
    wire  tx$mac_last;
    reg  tx$mac_ready;
    reg  tx$pause_tx;
    reg  [15:0] tx$pause_quanta;
    reg  [31:0] tx$rxbuf_xoff;
    reg  [31:0] tx$rxbuf_xon;
    reg  [13:0] tx$fill;
    wire  tx$send_pause;
    wire  [15:0] tx$send_quanta;
    wire  tx$xoff_sent;
    reg  tx$clear;
    wire  [31:0] tx$c_tx_frames;
    wire  [31:0] tx$c_tx_writes;
    wire  [31:0] tx$c_tx_pause;
    reg  dma$rx_desc$req;
    wire  dma$rx_desc$ready;
    reg  [63:0] dma$rx_desc$addr;
    reg  [12:0] dma$rx_desc$len;
    wire  dma$rx_desc$beat;
    wire  [63:0] dma$rx_desc$data;
    wire  dma$rx_desc$last;
    reg  dma$rx_list$req;
    wire  dma$rx_list$ready;
    reg  [63:0] dma$rx_list$addr;
    reg  [12:0] dma$rx_list$len;
    wire  dma$rx_list$beat;
    wire  [51:0] dma$rx_list$data;
    wire  dma$rx_list$last;
    reg  dma$txq$req;
    wire  dma$txq$ready;
    reg  [63:0] dma$txq$addr;
    reg  [12:0] dma$txq$len;
    wire  dma$txq$beat;
    wire  [63:0] dma$txq$data;
    wire  dma$txq$last;
    reg  dma$sq_desc$req;
    wire  dma$sq_desc$ready;
    reg  [63:0] dma$sq_desc$addr;
    reg  [12:0] dma$sq_desc$len;
    wire  dma$sq_desc$beat;
    wire  [63:0] dma$sq_desc$data;
    wire  dma$sq_desc$last;
    reg  dma$sq_list$req;
    wire  dma$sq_list$ready;
    reg  [63:0] dma$sq_list$addr;
    reg  [12:0] dma$sq_list$len;
    wire  dma$sq_list$beat;
    wire  [51:0] dma$sq_list$data;
    wire  dma$sq_list$last;
    reg  dma$sq_payload$req;
    wire  dma$sq_payload$ready;
    reg  [63:0] dma$sq_payload$addr;
    reg  [12:0] dma$sq_payload$len;
    wire  dma$sq_payload$beat;
    wire  [63:0] dma$sq_payload$data;
    wire  dma$sq_payload$last;
    wire  dma$bus_valid;
    reg  dma$bus_ready;
    wire  [7:0] dma$bus_tag;
    wire  [63:0] dma$bus_addr;
    wire  [12:0] dma$bus_len;
    reg  dma$bus_beat_valid;
    reg  [7:0] dma$bus_beat_tag;
    reg  [63:0] dma$bus_beat_data;
    reg  dma$bus_beat_last;
    wire tables$clock;
    reg  tables$wr;
    reg  [12:0] tables$wr_addr;
    reg  [31:0] tables$wr_data;
    reg  [12:0] tables$rd_addr;
    reg  tables$rst_active;
    reg  [10:0] tables$rst_sweep;
    reg  tables$clear;
    wire  tables$rt_we;
    wire  [9:0] tables$rt_waddr;
    wire  [207:0] tables$rt_wdata;
    wire  tables$sq_ct_we;
    wire  [5:0] tables$sq_ct_waddr;
    wire  [112:0] tables$sq_ct_wdata;
    wire  tables$ct_req;
    wire  [5:0] tables$ct_idx_out;
    wire  [112:0] tables$ct_data_out;
    wire  [31:0] tables$ct_start_out;
    reg  tables$ct_ack;
    wire  tables$arm_req;
    wire  [5:0] tables$arm_idx_out;
    reg  tables$arm_ack;
    wire  tables$commit;
    wire  [31:0] tables$rx_start;
    wire  [31:0] tables$rd_hi_out;
    wire  [31:0] tables$rd_ct_out;
    reg  [31:0] mac_lo$d;
    wire  [31:0] mac_lo$q;
    wire mac_lo$clock;
    reg  [47:0] station$d;
    wire  [47:0] station$q;
    wire station$clock;
    reg  [4:0] control$d;
    wire  [4:0] control$q;
    wire control$clock;
    reg  [31:0] max_payload$d;
    wire  [31:0] max_payload$q;
    wire max_payload$clock;
    reg  [15:0] pause_quanta$d;
    wire  [15:0] pause_quanta$q;
    wire pause_quanta$clock;
    reg  [31:0] rxbuf_xoff$d;
    wire  [31:0] rxbuf_xoff$q;
    wire rxbuf_xoff$clock;
    reg  [31:0] rxbuf_xon$d;
    wire  [31:0] rxbuf_xon$q;
    wire rxbuf_xon$clock;
    reg  [2:0] irq_cause$d;
    wire  [2:0] irq_cause$q;
    wire irq_cause$clock;
    reg  [2:0] irq_mask$d;
    wire  [2:0] irq_mask$q;
    wire irq_mask$clock;
    reg  irq_was$d;
    wire  irq_was$q;
    wire irq_was$clock;
    reg  link_down_was$d;
    wire  link_down_was$q;
    wire link_down_was$clock;
    reg  [15:0] ack_coalesce$d;
    wire  [15:0] ack_coalesce$q;
    wire ack_coalesce$clock;
    reg  [127:0] ring_base_lo$d;
    wire  [127:0] ring_base_lo$q;
    wire ring_base_lo$clock;
    reg  [255:0] ring_base$d;
    wire  [255:0] ring_base$q;
    wire ring_base$clock;
    reg  [31:0] ring_log2$d;
    wire  [31:0] ring_log2$q;
    wire ring_log2$clock;
    reg  [31:0] sq_tail$d;
    wire  [31:0] sq_tail$q;
    wire sq_tail$clock;
    reg  [31:0] txq_tail$d;
    wire  [31:0] txq_tail$q;
    wire txq_tail$clock;
    reg  [31:0] rxq_tail$d;
    wire  [31:0] rxq_tail$q;
    wire rxq_tail$clock;
    reg  [31:0] eq_head$d;
    wire  [31:0] eq_head$q;
    wire eq_head$clock;
    reg  [5:0] ct_select$d;
    wire  [5:0] ct_select$q;
    wire ct_select$clock;
    reg  [31:0] snap_high$d;
    wire  [31:0] snap_high$q;
    wire snap_high$clock;
    reg  [31:0] snap_done$d;
    wire  [31:0] snap_done$q;
    wire snap_done$clock;
    reg  rst_active$d;
    wire  rst_active$q;
    wire rst_active$clock;
    reg  rst_rx_done$d;
    wire  rst_rx_done$q;
    wire rst_rx_done$clock;
    reg  [10:0] rst_sweep$d;
    wire  [10:0] rst_sweep$q;
    wire rst_sweep$clock;
    reg  fence$d;
    wire  fence$q;
    wire fence$clock;
    reg  rd_pending$d;
    wire  rd_pending$q;
    wire rd_pending$clock;
    reg  [12:0] rd_addr$d;
    wire  [12:0] rd_addr$q;
    wire rd_addr$clock;
    reg  q_sent$d;
    wire  q_sent$q;
    wire q_sent$clock;
    reg  [1:0] rd_age$d;
    wire  [1:0] rd_age$q;
    wire rd_age$clock;
    reg  rd_arrival$d;
    wire  rd_arrival$q;
    wire rd_arrival$clock;
    reg  [31:0] cnt_value$d;
    wire  [31:0] cnt_value$q;
    wire cnt_value$clock;
    reg  [31:0] rd_lo$d;
    wire  [31:0] rd_lo$q;
    wire rd_lo$clock;
    reg  [31:0] rd_ring$d;
    wire  [31:0] rd_ring$q;
    wire rd_ring$clock;
    reg  [31:0] rd_snap$d;
    wire  [31:0] rd_snap$q;
    wire rd_snap$clock;
    reg  rd_go$d;
    wire  rd_go$q;
    wire rd_go$clock;
    reg  [31:0] rd_data$d;
    wire  [31:0] rd_data$q;
    wire rd_data$clock;
    reg  wr_q$d;
    wire  wr_q$q;
    wire wr_q$clock;
    reg  [12:0] wr_addr$d;
    wire  [12:0] wr_addr$q;
    wire wr_addr$clock;
    reg  [31:0] wr_data$d;
    wire  [31:0] wr_data$q;
    wire wr_data$clock;
    reg  wr_ring$d;
    wire  wr_ring$q;
    wire wr_ring$clock;
    reg  [6:0] wr_rel$d;
    wire  [6:0] wr_rel$q;
    wire wr_rel$clock;
    
    // Local signals
    reg  [799:0] counters;
    reg  [1:0] ring_idx;
    reg  [6:0] rd_rel;
    reg  [12:0] rd_cnt;
    reg  [4:0] ring_off;
    reg  wr;
    reg  irq_now;
    reg  [2:0] irq_new;
    reg  [2:0] irq_clear;
    reg  rst_done;
    
    // Sub module instances
    top$mac mac(
        .clock(mac$clock),
        .tx_data(mac$tx_data),
        .tx_keep(mac$tx_keep),
        .tx_valid(mac$tx_valid),
        .tx_last(mac$tx_last),
        .tx_ready(mac$tx_ready),
        .tx_paused(mac$tx_paused),
        .tx_send_pause(mac$tx_send_pause),
        .tx_send_pause_quanta(mac$tx_send_pause_quanta),
        .station(mac$station),
        .xgmii_txd(mac$xgmii_txd),
        .xgmii_txc(mac$xgmii_txc),
        .xgmii_rxd(mac$xgmii_rxd),
        .xgmii_rxc(mac$xgmii_rxc),
        .rx_data(mac$rx_data),
        .rx_keep(mac$rx_keep),
        .rx_valid(mac$rx_valid),
        .rx_last(mac$rx_last),
        .rx_error(mac$rx_error),
        .rx_pause_enable(mac$rx_pause_enable),
        .rx_pause_load(mac$rx_pause_load),
        .rx_pause_quanta(mac$rx_pause_quanta),
        .rx_frames(mac$rx_frames),
        .rx_bad_fcs(mac$rx_bad_fcs),
        .rx_runt(mac$rx_runt),
        .rx_oversize(mac$rx_oversize),
        .rx_pause(mac$rx_pause),
        .rx_unsupported(mac$rx_unsupported),
        .link_local_fault(mac$link_local_fault),
        .link_remote_fault(mac$link_remote_fault),
        .link_local_faults(mac$link_local_faults),
        .link_remote_faults(mac$link_remote_faults)
    );
    top$rx rx(
        .clock(rx$clock),
        .m_data(rx$m_data),
        .m_keep(rx$m_keep),
        .m_valid(rx$m_valid),
        .m_last(rx$m_last),
        .m_error(rx$m_error),
        .cfg_mac(rx$cfg_mac),
        .cfg_enable(rx$cfg_enable),
        .cfg_promisc(rx$cfg_promisc),
        .cfg_coalesce(rx$cfg_coalesce),
        .eq_base(rx$eq_base),
        .eq_log2(rx$eq_log2),
        .eq_head(rx$eq_head),
        .eq_tail(rx$eq_tail),
        .rxq_base(rx$rxq_base),
        .rxq_log2(rx$rxq_log2),
        .rxq_tail(rx$rxq_tail),
        .rxq_head(rx$rxq_head),
        .rt_we(rx$rt_we),
        .rt_waddr(rx$rt_waddr),
        .rt_wdata(rx$rt_wdata),
        .ct_req(rx$ct_req),
        .ct_idx(rx$ct_idx),
        .ct_data(rx$ct_data),
        .ct_start(rx$ct_start),
        .ct_ack(rx$ct_ack),
        .arm_req(rx$arm_req),
        .arm_idx(rx$arm_idx),
        .arm_ack(rx$arm_ack),
        .q_req(rx$q_req),
        .q_kind(rx$q_kind),
        .q_ctx(rx$q_ctx),
        .q_word(rx$q_word),
        .q_ack(rx$q_ack),
        .q_data(rx$q_data),
        .q_high(rx$q_high),
        .q_done(rx$q_done),
        .rst_req(rx$rst_req),
        .rst_ack(rx$rst_ack),
        .tx_event$req(rx$tx_event$req),
        .tx_event$kind(rx$tx_event$kind),
        .tx_event$ctx(rx$tx_event$ctx),
        .tx_event$a(rx$tx_event$a),
        .tx_event$b(rx$tx_event$b),
        .tx_event$ack(rx$tx_event$ack),
        .dmaw$valid(rx$dmaw$valid),
        .dmaw$ready(rx$dmaw$ready),
        .dmaw$addr(rx$dmaw$addr),
        .dmaw$len(rx$dmaw$len),
        .dmaw$data(rx$dmaw$data),
        .dmaw$strb(rx$dmaw$strb),
        .dmaw$first(rx$dmaw$first),
        .dmaw$last(rx$dmaw$last),
        .desc_rd$req(rx$desc_rd$req),
        .desc_rd$ready(rx$desc_rd$ready),
        .desc_rd$addr(rx$desc_rd$addr),
        .desc_rd$len(rx$desc_rd$len),
        .desc_rd$beat(rx$desc_rd$beat),
        .desc_rd$data(rx$desc_rd$data),
        .desc_rd$last(rx$desc_rd$last),
        .list_rd$req(rx$list_rd$req),
        .list_rd$ready(rx$list_rd$ready),
        .list_rd$addr(rx$list_rd$addr),
        .list_rd$len(rx$list_rd$len),
        .list_rd$beat(rx$list_rd$beat),
        .list_rd$data(rx$list_rd$data),
        .list_rd$last(rx$list_rd$last),
        .irq_event(rx$irq_event),
        .irq_overflow(rx$irq_overflow),
        .fill(rx$fill),
        .idle(rx$idle),
        .c_placed(rx$c_placed),
        .c_placed_bytes(rx$c_placed_bytes),
        .c_malformed(rx$c_malformed),
        .c_ctx(rx$c_ctx),
        .c_peer(rx$c_peer),
        .c_tag(rx$c_tag),
        .c_key(rx$c_key),
        .c_bounds(rx$c_bounds),
        .c_dup(rx$c_dup),
        .c_window(rx$c_window),
        .c_nobuf(rx$c_nobuf),
        .c_host(rx$c_host),
        .c_eq_overflow(rx$c_eq_overflow)
    );
    top$txq txq(
        .clock(txq$clock),
        .enable(txq$enable),
        .txq_base(txq$txq_base),
        .txq_log2(txq$txq_log2),
        .txq_tail(txq$txq_tail),
        .txq_head(txq$txq_head),
        .rd$req(txq$rd$req),
        .rd$ready(txq$rd$ready),
        .rd$addr(txq$rd$addr),
        .rd$len(txq$rd$len),
        .rd$beat(txq$rd$beat),
        .rd$data(txq$rd$data),
        .rd$last(txq$rd$last),
        .event$req(txq$event$req),
        .event$kind(txq$event$kind),
        .event$ctx(txq$event$ctx),
        .event$a(txq$event$a),
        .event$b(txq$event$b),
        .event$ack(txq$event$ack),
        .tx_data(txq$tx_data),
        .tx_keep(txq$tx_keep),
        .tx_valid(txq$tx_valid),
        .tx_last(txq$tx_last),
        .tx_ready(txq$tx_ready),
        .tx_sent(txq$tx_sent),
        .idle(txq$idle)
    );
    top$sq sq(
        .clock(sq$clock),
        .enable(sq$enable),
        .reset(sq$reset),
        .max_payload(sq$max_payload),
        .station(sq$station),
        .sq_base(sq$sq_base),
        .sq_log2(sq$sq_log2),
        .sq_tail(sq$sq_tail),
        .sq_head(sq$sq_head),
        .rt_we(sq$rt_we),
        .rt_waddr(sq$rt_waddr),
        .rt_wdata(sq$rt_wdata),
        .ct_we(sq$ct_we),
        .ct_waddr(sq$ct_waddr),
        .ct_wdata(sq$ct_wdata),
        .desc_rd$req(sq$desc_rd$req),
        .desc_rd$ready(sq$desc_rd$ready),
        .desc_rd$addr(sq$desc_rd$addr),
        .desc_rd$len(sq$desc_rd$len),
        .desc_rd$beat(sq$desc_rd$beat),
        .desc_rd$data(sq$desc_rd$data),
        .desc_rd$last(sq$desc_rd$last),
        .list_rd$req(sq$list_rd$req),
        .list_rd$ready(sq$list_rd$ready),
        .list_rd$addr(sq$list_rd$addr),
        .list_rd$len(sq$list_rd$len),
        .list_rd$beat(sq$list_rd$beat),
        .list_rd$data(sq$list_rd$data),
        .list_rd$last(sq$list_rd$last),
        .payload_rd$req(sq$payload_rd$req),
        .payload_rd$ready(sq$payload_rd$ready),
        .payload_rd$addr(sq$payload_rd$addr),
        .payload_rd$len(sq$payload_rd$len),
        .payload_rd$beat(sq$payload_rd$beat),
        .payload_rd$data(sq$payload_rd$data),
        .payload_rd$last(sq$payload_rd$last),
        .event$req(sq$event$req),
        .event$kind(sq$event$kind),
        .event$ctx(sq$event$ctx),
        .event$a(sq$event$a),
        .event$b(sq$event$b),
        .event$ack(sq$event$ack),
        .tx_data(sq$tx_data),
        .tx_keep(sq$tx_keep),
        .tx_valid(sq$tx_valid),
        .tx_last(sq$tx_last),
        .tx_ready(sq$tx_ready),
        .tx_sent(sq$tx_sent),
        .idle(sq$idle),
        .c_sq_errors(sq$c_sq_errors)
    );
    top$tx tx(
        .clock(tx$clock),
        .txq_data(tx$txq_data),
        .txq_keep(tx$txq_keep),
        .txq_valid(tx$txq_valid),
        .txq_last(tx$txq_last),
        .txq_ready(tx$txq_ready),
        .txq_sent(tx$txq_sent),
        .sq_data(tx$sq_data),
        .sq_keep(tx$sq_keep),
        .sq_valid(tx$sq_valid),
        .sq_last(tx$sq_last),
        .sq_ready(tx$sq_ready),
        .sq_sent(tx$sq_sent),
        .mac_data(tx$mac_data),
        .mac_keep(tx$mac_keep),
        .mac_valid(tx$mac_valid),
        .mac_last(tx$mac_last),
        .mac_ready(tx$mac_ready),
        .pause_tx(tx$pause_tx),
        .pause_quanta(tx$pause_quanta),
        .rxbuf_xoff(tx$rxbuf_xoff),
        .rxbuf_xon(tx$rxbuf_xon),
        .fill(tx$fill),
        .send_pause(tx$send_pause),
        .send_quanta(tx$send_quanta),
        .xoff_sent(tx$xoff_sent),
        .clear(tx$clear),
        .c_tx_frames(tx$c_tx_frames),
        .c_tx_writes(tx$c_tx_writes),
        .c_tx_pause(tx$c_tx_pause)
    );
    top$dma dma(
        .rx_desc$req(dma$rx_desc$req),
        .rx_desc$ready(dma$rx_desc$ready),
        .rx_desc$addr(dma$rx_desc$addr),
        .rx_desc$len(dma$rx_desc$len),
        .rx_desc$beat(dma$rx_desc$beat),
        .rx_desc$data(dma$rx_desc$data),
        .rx_desc$last(dma$rx_desc$last),
        .rx_list$req(dma$rx_list$req),
        .rx_list$ready(dma$rx_list$ready),
        .rx_list$addr(dma$rx_list$addr),
        .rx_list$len(dma$rx_list$len),
        .rx_list$beat(dma$rx_list$beat),
        .rx_list$data(dma$rx_list$data),
        .rx_list$last(dma$rx_list$last),
        .txq$req(dma$txq$req),
        .txq$ready(dma$txq$ready),
        .txq$addr(dma$txq$addr),
        .txq$len(dma$txq$len),
        .txq$beat(dma$txq$beat),
        .txq$data(dma$txq$data),
        .txq$last(dma$txq$last),
        .sq_desc$req(dma$sq_desc$req),
        .sq_desc$ready(dma$sq_desc$ready),
        .sq_desc$addr(dma$sq_desc$addr),
        .sq_desc$len(dma$sq_desc$len),
        .sq_desc$beat(dma$sq_desc$beat),
        .sq_desc$data(dma$sq_desc$data),
        .sq_desc$last(dma$sq_desc$last),
        .sq_list$req(dma$sq_list$req),
        .sq_list$ready(dma$sq_list$ready),
        .sq_list$addr(dma$sq_list$addr),
        .sq_list$len(dma$sq_list$len),
        .sq_list$beat(dma$sq_list$beat),
        .sq_list$data(dma$sq_list$data),
        .sq_list$last(dma$sq_list$last),
        .sq_payload$req(dma$sq_payload$req),
        .sq_payload$ready(dma$sq_payload$ready),
        .sq_payload$addr(dma$sq_payload$addr),
        .sq_payload$len(dma$sq_payload$len),
        .sq_payload$beat(dma$sq_payload$beat),
        .sq_payload$data(dma$sq_payload$data),
        .sq_payload$last(dma$sq_payload$last),
        .bus_valid(dma$bus_valid),
        .bus_ready(dma$bus_ready),
        .bus_tag(dma$bus_tag),
        .bus_addr(dma$bus_addr),
        .bus_len(dma$bus_len),
        .bus_beat_valid(dma$bus_beat_valid),
        .bus_beat_tag(dma$bus_beat_tag),
        .bus_beat_data(dma$bus_beat_data),
        .bus_beat_last(dma$bus_beat_last)
    );
    top$tables tables(
        .clock(tables$clock),
        .wr(tables$wr),
        .wr_addr(tables$wr_addr),
        .wr_data(tables$wr_data),
        .rd_addr(tables$rd_addr),
        .rst_active(tables$rst_active),
        .rst_sweep(tables$rst_sweep),
        .clear(tables$clear),
        .rt_we(tables$rt_we),
        .rt_waddr(tables$rt_waddr),
        .rt_wdata(tables$rt_wdata),
        .sq_ct_we(tables$sq_ct_we),
        .sq_ct_waddr(tables$sq_ct_waddr),
        .sq_ct_wdata(tables$sq_ct_wdata),
        .ct_req(tables$ct_req),
        .ct_idx_out(tables$ct_idx_out),
        .ct_data_out(tables$ct_data_out),
        .ct_start_out(tables$ct_start_out),
        .ct_ack(tables$ct_ack),
        .arm_req(tables$arm_req),
        .arm_idx_out(tables$arm_idx_out),
        .arm_ack(tables$arm_ack),
        .commit(tables$commit),
        .rx_start(tables$rx_start),
        .rd_hi_out(tables$rd_hi_out),
        .rd_ct_out(tables$rd_ct_out)
    );
    top$mac_lo mac_lo(
        .d(mac_lo$d),
        .q(mac_lo$q),
        .clock(mac_lo$clock)
    );
    top$station station(
        .d(station$d),
        .q(station$q),
        .clock(station$clock)
    );
    top$control control(
        .d(control$d),
        .q(control$q),
        .clock(control$clock)
    );
    top$max_payload max_payload(
        .d(max_payload$d),
        .q(max_payload$q),
        .clock(max_payload$clock)
    );
    top$pause_quanta pause_quanta(
        .d(pause_quanta$d),
        .q(pause_quanta$q),
        .clock(pause_quanta$clock)
    );
    top$rxbuf_xoff rxbuf_xoff(
        .d(rxbuf_xoff$d),
        .q(rxbuf_xoff$q),
        .clock(rxbuf_xoff$clock)
    );
    top$rxbuf_xon rxbuf_xon(
        .d(rxbuf_xon$d),
        .q(rxbuf_xon$q),
        .clock(rxbuf_xon$clock)
    );
    top$irq_cause irq_cause(
        .d(irq_cause$d),
        .q(irq_cause$q),
        .clock(irq_cause$clock)
    );
    top$irq_mask irq_mask(
        .d(irq_mask$d),
        .q(irq_mask$q),
        .clock(irq_mask$clock)
    );
    top$irq_was irq_was(
        .d(irq_was$d),
        .q(irq_was$q),
        .clock(irq_was$clock)
    );
    top$link_down_was link_down_was(
        .d(link_down_was$d),
        .q(link_down_was$q),
        .clock(link_down_was$clock)
    );
    top$ack_coalesce ack_coalesce(
        .d(ack_coalesce$d),
        .q(ack_coalesce$q),
        .clock(ack_coalesce$clock)
    );
    top$ring_base_lo ring_base_lo(
        .d(ring_base_lo$d),
        .q(ring_base_lo$q),
        .clock(ring_base_lo$clock)
    );
    top$ring_base ring_base(
        .d(ring_base$d),
        .q(ring_base$q),
        .clock(ring_base$clock)
    );
    top$ring_log2 ring_log2(
        .d(ring_log2$d),
        .q(ring_log2$q),
        .clock(ring_log2$clock)
    );
    top$sq_tail sq_tail(
        .d(sq_tail$d),
        .q(sq_tail$q),
        .clock(sq_tail$clock)
    );
    top$txq_tail txq_tail(
        .d(txq_tail$d),
        .q(txq_tail$q),
        .clock(txq_tail$clock)
    );
    top$rxq_tail rxq_tail(
        .d(rxq_tail$d),
        .q(rxq_tail$q),
        .clock(rxq_tail$clock)
    );
    top$eq_head eq_head(
        .d(eq_head$d),
        .q(eq_head$q),
        .clock(eq_head$clock)
    );
    top$ct_select ct_select(
        .d(ct_select$d),
        .q(ct_select$q),
        .clock(ct_select$clock)
    );
    top$snap_high snap_high(
        .d(snap_high$d),
        .q(snap_high$q),
        .clock(snap_high$clock)
    );
    top$snap_done snap_done(
        .d(snap_done$d),
        .q(snap_done$q),
        .clock(snap_done$clock)
    );
    top$rst_active rst_active(
        .d(rst_active$d),
        .q(rst_active$q),
        .clock(rst_active$clock)
    );
    top$rst_rx_done rst_rx_done(
        .d(rst_rx_done$d),
        .q(rst_rx_done$q),
        .clock(rst_rx_done$clock)
    );
    top$rst_sweep rst_sweep(
        .d(rst_sweep$d),
        .q(rst_sweep$q),
        .clock(rst_sweep$clock)
    );
    top$fence fence(
        .d(fence$d),
        .q(fence$q),
        .clock(fence$clock)
    );
    top$rd_pending rd_pending(
        .d(rd_pending$d),
        .q(rd_pending$q),
        .clock(rd_pending$clock)
    );
    top$rd_addr rd_addr(
        .d(rd_addr$d),
        .q(rd_addr$q),
        .clock(rd_addr$clock)
    );
    top$q_sent q_sent(
        .d(q_sent$d),
        .q(q_sent$q),
        .clock(q_sent$clock)
    );
    top$rd_age rd_age(
        .d(rd_age$d),
        .q(rd_age$q),
        .clock(rd_age$clock)
    );
    top$rd_arrival rd_arrival(
        .d(rd_arrival$d),
        .q(rd_arrival$q),
        .clock(rd_arrival$clock)
    );
    top$cnt_value cnt_value(
        .d(cnt_value$d),
        .q(cnt_value$q),
        .clock(cnt_value$clock)
    );
    top$rd_lo rd_lo(
        .d(rd_lo$d),
        .q(rd_lo$q),
        .clock(rd_lo$clock)
    );
    top$rd_ring rd_ring(
        .d(rd_ring$d),
        .q(rd_ring$q),
        .clock(rd_ring$clock)
    );
    top$rd_snap rd_snap(
        .d(rd_snap$d),
        .q(rd_snap$q),
        .clock(rd_snap$clock)
    );
    top$rd_go rd_go(
        .d(rd_go$d),
        .q(rd_go$q),
        .clock(rd_go$clock)
    );
    top$rd_data rd_data(
        .d(rd_data$d),
        .q(rd_data$q),
        .clock(rd_data$clock)
    );
    top$wr_q wr_q(
        .d(wr_q$d),
        .q(wr_q$q),
        .clock(wr_q$clock)
    );
    top$wr_addr wr_addr(
        .d(wr_addr$d),
        .q(wr_addr$q),
        .clock(wr_addr$clock)
    );
    top$wr_data wr_data(
        .d(wr_data$d),
        .q(wr_data$q),
        .clock(wr_data$clock)
    );
    top$wr_ring wr_ring(
        .d(wr_ring$d),
        .q(wr_ring$q),
        .clock(wr_ring$clock)
    );
    top$wr_rel wr_rel(
        .d(wr_rel$d),
        .q(wr_rel$q),
        .clock(wr_rel$clock)
    );
    
    // Update code
    assign mac_lo$clock = clock;
    assign station$clock = clock;
    assign control$clock = clock;
    assign max_payload$clock = clock;
    assign pause_quanta$clock = clock;
    assign rxbuf_xoff$clock = clock;
    assign rxbuf_xon$clock = clock;
    assign irq_cause$clock = clock;
    assign irq_mask$clock = clock;
    assign irq_was$clock = clock;
    assign link_down_was$clock = clock;
    assign ack_coalesce$clock = clock;
    assign ring_base_lo$clock = clock;
    assign ring_base$clock = clock;
    assign ring_log2$clock = clock;
    assign sq_tail$clock = clock;
    assign txq_tail$clock = clock;
    assign rxq_tail$clock = clock;
    assign eq_head$clock = clock;
    assign ct_select$clock = clock;
    assign snap_high$clock = clock;
    assign snap_done$clock = clock;
    assign rst_active$clock = clock;
    assign rst_rx_done$clock = clock;
    assign rst_sweep$clock = clock;
    assign fence$clock = clock;
    assign rd_pending$clock = clock;
    assign rd_addr$clock = clock;
    assign q_sent$clock = clock;
    assign rd_age$clock = clock;
    assign rd_arrival$clock = clock;
    assign cnt_value$clock = clock;
    assign rd_lo$clock = clock;
    assign rd_ring$clock = clock;
    assign rd_snap$clock = clock;
    assign rd_go$clock = clock;
    assign rd_data$clock = clock;
    assign wr_q$clock = clock;
    assign wr_addr$clock = clock;
    assign wr_data$clock = clock;
    assign wr_ring$clock = clock;
    assign wr_rel$clock = clock;
    assign mac$clock = clock;
    assign rx$clock = clock;
    assign txq$clock = clock;
    assign sq$clock = clock;
    assign tx$clock = clock;
    assign tables$clock = clock;
    
    always @(*) begin
        mac_lo$d = mac_lo$q;
        station$d = station$q;
        control$d = control$q;
        max_payload$d = max_payload$q;
        pause_quanta$d = pause_quanta$q;
        rxbuf_xoff$d = rxbuf_xoff$q;
        rxbuf_xon$d = rxbuf_xon$q;
        irq_cause$d = irq_cause$q;
        irq_mask$d = irq_mask$q;
        irq_was$d = irq_was$q;
        link_down_was$d = link_down_was$q;
        ack_coalesce$d = ack_coalesce$q;
        ring_base_lo$d = ring_base_lo$q;
        ring_base$d = ring_base$q;
        ring_log2$d = ring_log2$q;
        sq_tail$d = sq_tail$q;
        txq_tail$d = txq_tail$q;
        rxq_tail$d = rxq_tail$q;
        eq_head$d = eq_head$q;
        ct_select$d = ct_select$q;
        snap_high$d = snap_high$q;
        snap_done$d = snap_done$q;
        rst_active$d = rst_active$q;
        rst_rx_done$d = rst_rx_done$q;
        rst_sweep$d = rst_sweep$q;
        fence$d = fence$q;
        rd_pending$d = rd_pending$q;
        rd_addr$d = rd_addr$q;
        q_sent$d = q_sent$q;
        rd_age$d = rd_age$q;
        rd_arrival$d = rd_arrival$q;
        cnt_value$d = cnt_value$q;
        rd_lo$d = rd_lo$q;
        rd_ring$d = rd_ring$q;
        rd_snap$d = rd_snap$q;
        rd_go$d = rd_go$q;
        rd_data$d = rd_data$q;
        wr_q$d = wr_q$q;
        wr_addr$d = wr_addr$q;
        wr_data$d = wr_data$q;
        wr_ring$d = wr_ring$q;
        wr_rel$d = wr_rel$q;
        mac$station = station$q;
        mac$rx_pause_enable = |(control$q & k_ctl_pause_rx);
        mac$xgmii_rxd = xgmii_rxd;
        mac$xgmii_rxc = xgmii_rxc;
        xgmii_txd = mac$xgmii_txd;
        xgmii_txc = mac$xgmii_txc;
        tx$txq_data = txq$tx_data;
        tx$txq_keep = txq$tx_keep;
        tx$txq_valid = txq$tx_valid;
        tx$txq_last = txq$tx_last;
        txq$tx_ready = tx$txq_ready;
        tx$txq_sent = txq$tx_sent;
        tx$sq_data = sq$tx_data;
        tx$sq_keep = sq$tx_keep;
        tx$sq_valid = sq$tx_valid;
        tx$sq_last = sq$tx_last;
        sq$tx_ready = tx$sq_ready;
        tx$sq_sent = sq$tx_sent;
        mac$tx_data = tx$mac_data;
        mac$tx_keep = tx$mac_keep;
        mac$tx_valid = tx$mac_valid;
        mac$tx_last = tx$mac_last;
        tx$mac_ready = mac$tx_ready;
        tx$pause_tx = |(control$q & k_ctl_pause_tx);
        tx$pause_quanta = pause_quanta$q;
        tx$rxbuf_xoff = rxbuf_xoff$q;
        tx$rxbuf_xon = rxbuf_xon$q;
        tx$fill = rx$fill;
        mac$tx_send_pause = tx$send_pause;
        mac$tx_send_pause_quanta = tx$send_quanta;
        rx$m_data = mac$rx_data;
        rx$m_keep = mac$rx_keep;
        rx$m_valid = mac$rx_valid;
        rx$m_last = mac$rx_last;
        rx$m_error = mac$rx_error;
        rx$cfg_mac = station$q;
        rx$cfg_enable = |(control$q & k_ctl_enable);
        rx$cfg_promisc = |(control$q & k_ctl_promisc);
        rx$cfg_coalesce = ack_coalesce$q;
        rx$eq_base = ring_base$q[(at_rings$eq_base)+:(64)];
        rx$eq_log2 = ring_log2$q[(at_rings$eq_log2)+:(5)];
        rx$eq_head = eq_head$q;
        rx$rxq_base = ring_base$q[(at_rings$rxq_base)+:(64)];
        rx$rxq_log2 = ring_log2$q[(at_rings$rxq_log2)+:(5)];
        rx$rxq_tail = rxq_tail$q;
        rx$ct_req = tables$ct_req;
        rx$ct_idx = tables$ct_idx_out;
        rx$ct_data = tables$ct_data_out;
        rx$ct_start = tables$ct_start_out;
        tables$ct_ack = rx$ct_ack;
        rx$arm_req = tables$arm_req;
        rx$arm_idx = tables$arm_idx_out;
        tables$arm_ack = rx$arm_ack;
        rx$rt_we = tables$rt_we;
        rx$rt_waddr = tables$rt_waddr;
        rx$rt_wdata = tables$rt_wdata;
        rx$rst_req = rst_active$q && ~rst_rx_done$q;
        rx$q_kind = 32'h3;
        if (rd_addr$q == addr_ct_rx_cum) begin
            rx$q_kind = 32'h0;
        end
        rx$q_ctx = ct_select$q;
        rx$q_word = rd_addr$q[(32'h2)+:(7)];
        rx$tx_event$req = txq$event$req || sq$event$req;
        rx$tx_event$kind = sq$event$kind;
        rx$tx_event$ctx = sq$event$ctx;
        rx$tx_event$a = sq$event$a;
        rx$tx_event$b = sq$event$b;
        txq$event$ack = 1'b0;
        sq$event$ack = 1'b0;
        if (txq$event$req) begin
            rx$tx_event$kind = txq$event$kind;
            rx$tx_event$ctx = txq$event$ctx;
            rx$tx_event$a = txq$event$a;
            rx$tx_event$b = txq$event$b;
            txq$event$ack = rx$tx_event$ack;
        end
        else begin
            sq$event$ack = rx$tx_event$ack;
        end
        dmaw_valid = rx$dmaw$valid;
        rx$dmaw$ready = dmaw_ready;
        dmaw_addr = rx$dmaw$addr;
        dmaw_len = rx$dmaw$len;
        dmaw_data = rx$dmaw$data;
        dmaw_strb = rx$dmaw$strb;
        dmaw_first = rx$dmaw$first;
        dmaw_last = rx$dmaw$last;
        txq$enable = |(control$q & k_ctl_enable);
        txq$txq_base = ring_base$q[(at_rings$txq_base)+:(64)];
        txq$txq_log2 = ring_log2$q[(at_rings$txq_log2)+:(5)];
        txq$txq_tail = txq_tail$q;
        sq$enable = |(control$q & k_ctl_enable);
        sq$max_payload = max_payload$q[(32'h0)+:(14)];
        sq$station = station$q;
        sq$sq_base = ring_base$q[(at_rings$sq_base)+:(64)];
        sq$sq_log2 = ring_log2$q[(at_rings$sq_log2)+:(5)];
        sq$sq_tail = sq_tail$q;
        sq$rt_we = rx$rt_we;
        sq$rt_waddr = rx$rt_waddr;
        sq$rt_wdata = rx$rt_wdata[(at_region$len)+:(144)];
        sq$ct_we = tables$sq_ct_we;
        sq$ct_waddr = tables$sq_ct_waddr;
        sq$ct_wdata = tables$sq_ct_wdata;
        dmar_valid = dma$bus_valid;
        dma$bus_ready = dmar_ready;
        dmar_tag = dma$bus_tag;
        dmar_addr = dma$bus_addr;
        dmar_len = dma$bus_len;
        dma$bus_beat_valid = dmar_beat_valid;
        dma$bus_beat_tag = dmar_beat_tag;
        dma$bus_beat_data = dmar_beat_data;
        dma$bus_beat_last = dmar_beat_last;
        irq_new = 32'h0;
        if (rx$irq_event) begin
            irq_new = 32'h1;
        end
        if (rx$irq_overflow) begin
            irq_new = irq_new | 32'h4;
        end
        link_down_was$d = mac$link_local_fault | mac$link_remote_fault;
        if (link_down_was$q != (mac$link_local_fault | mac$link_remote_fault)) begin
            irq_new = irq_new | 32'h2;
        end
        irq_clear = 32'h0;
        if (rx$rst_ack) begin
            rst_rx_done$d = 1'b1;
        end
        sq$reset = 1'b0;
        rst_done = 1'b0;
        if (rst_active$q) begin
            if (rst_sweep$q < k_regions) begin
                rst_sweep$d = rst_sweep$q + 32'h1;
            end
            else if (rst_rx_done$q && txq$idle && sq$idle) begin
                rst_active$d = 1'b0;
                sq$reset = 1'b1;
                rst_done = 1'b1;
                mac_lo$d = 32'h0;
                station$d = board_mac;
                control$d = 32'h0;
                max_payload$d = k_max_payload_reset;
                pause_quanta$d = 32'hffff;
                rxbuf_xoff$d = k_xoff_reset;
                rxbuf_xon$d = k_xon_reset;
                irq_cause$d = 32'h0;
                irq_mask$d = 32'h0;
                ack_coalesce$d = k_coalesce_reset;
                ring_base_lo$d = 32'h0;
                ring_base$d = 32'h0;
                ring_log2$d = 32'h0;
                sq_tail$d = 32'h0;
                txq_tail$d = 32'h0;
                rxq_tail$d = 32'h0;
                eq_head$d = 32'h0;
                ct_select$d = 32'h0;
                snap_high$d = 32'h0;
                snap_done$d = 32'h0;
            end
        end
        tx$clear = rst_done;
        tables$clear = rst_done;
        tables$rst_active = rst_active$q;
        tables$rst_sweep = rst_sweep$q;
        reg_wr_ready = ~tables$ct_req && ~tables$arm_req && ~rst_active$q && ~wr_q$q;
        wr_q$d = reg_wr_en && reg_wr_ready && &reg_wr_strb;
        wr_addr$d = reg_addr;
        wr_data$d = reg_wr_data;
        wr_ring$d = (reg_addr >= addr_ring_base) && (reg_addr < addr_ring_end);
        wr_rel$d = ((reg_addr - addr_ring_base) & 7'h7f);
        wr = wr_q$q;
        ring_idx = wr_rel$q[(32'h5)+:(2)];
        ring_off = wr_rel$q[(32'h0)+:(5)];
        tables$wr = wr;
        tables$wr_addr = wr_addr$q;
        tables$wr_data = wr_data$q;
        if (tables$commit) begin
            fence$d = 1'b1;
        end
        if (wr) begin
            if (wr_addr$q == addr_mac_lo) begin
                mac_lo$d = wr_data$q;
            end
            else if (wr_addr$q == addr_mac_hi) begin
                station$d = (((wr_data$q[(32'h0)+:(16)]) & 48'hffffffffffff) << at_halves$mac_hi) | ((mac_lo$q) & 48'hffffffffffff);
            end
            else if (wr_addr$q == addr_control) begin
                control$d = wr_data$q[(32'h0)+:(5)] & ~k_ctl_reset;
                if (|(wr_data$q[(32'h0)+:(5)] & k_ctl_reset)) begin
                    control$d = 32'h0;
                    rst_active$d = 1'b1;
                    rst_rx_done$d = 1'b0;
                    rst_sweep$d = 32'h0;
                end
            end
            else if (wr_addr$q == addr_max_payload) begin
                if (~|wr_data$q[(32'h0)+:(3)] && (wr_data$q >= 32'h8) && (wr_data$q <= k_max_write)) begin
                    max_payload$d = wr_data$q;
                end
            end
            else if (wr_addr$q == addr_pause_quanta) begin
                pause_quanta$d = wr_data$q[(32'h0)+:(16)];
            end
            else if (wr_addr$q == addr_rxbuf_xoff) begin
                rxbuf_xoff$d = wr_data$q;
            end
            else if (wr_addr$q == addr_rxbuf_xon) begin
                rxbuf_xon$d = wr_data$q;
            end
            else if (wr_addr$q == addr_irq_cause) begin
                irq_clear = wr_data$q[(32'h0)+:(3)];
            end
            else if (wr_addr$q == addr_irq_mask) begin
                irq_mask$d = wr_data$q[(32'h0)+:(3)];
            end
            else if (wr_addr$q == addr_ack_coalesce) begin
                ack_coalesce$d = wr_data$q[(32'h0)+:(16)];
            end
            else if (wr_ring$q) begin
                if (ring_off == off_base_lo) begin
                    ring_base_lo$d = ring_base_lo$q & ~(k_mask_base_lo << (((ring_idx) & 8'hff) << 32'h5));
                    ring_base_lo$d = ring_base_lo$d | (((wr_data$q) & 128'hffffffffffffffffffffffffffffffff) << (((ring_idx) & 8'hff) << 32'h5));
                end
                else if (ring_off == off_base_hi) begin
                    ring_base$d = ring_base$q & ~(k_mask_base << (((ring_idx) & 9'h1ff) << 32'h6));
                    ring_base$d = ring_base$d | (((((wr_data$q) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_halves$hi) | ((ring_base_lo$q[(((ring_idx) & 8'hff) << 32'h5)+:(32)]) & 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff)) << (((ring_idx) & 9'h1ff) << 32'h6));
                end
                else if (ring_off == off_size) begin
                    if (wr_data$q <= 32'h10) begin
                        ring_log2$d = ring_log2$q & ~(k_mask_log2 << (((ring_idx) & 5'h1f) << 32'h3));
                        ring_log2$d = ring_log2$d | (((wr_data$q[(32'h0)+:(5)]) & 32'hffffffff) << (((ring_idx) & 5'h1f) << 32'h3));
                    end
                end
                else if (wr_addr$q == addr_sq_tail) begin
                    sq_tail$d = wr_data$q;
                end
                else if (wr_addr$q == addr_txq_tail) begin
                    txq_tail$d = wr_data$q;
                end
                else if (wr_addr$q == addr_rxq_tail) begin
                    rxq_tail$d = wr_data$q;
                end
                else if (wr_addr$q == addr_eq_head) begin
                    eq_head$d = wr_data$q;
                end
            end
            else if (wr_addr$q == addr_ct_select) begin
                ct_select$d = wr_data$q[(32'h0)+:(6)];
            end
        end
        irq_cause$d = (irq_cause$d & ~irq_clear) | irq_new;
        irq_now = |(irq_cause$q & irq_mask$q);
        irq_was$d = |(irq_cause$q & ~irq_clear & irq_mask$q);
        msi_req = irq_now && ~irq_was$q;
        counters = (((mac$rx_frames) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_frames) | (((mac$rx_bad_fcs) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_bad_fcs) | (((mac$rx_runt) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_runt) | (((mac$rx_oversize) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_oversize) | (((mac$rx_pause) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_pause) | (((rx$c_placed) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_placed) | (((rx$c_placed_bytes) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_placed_bytes) | (((rx$c_malformed) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_malformed) | (((rx$c_ctx) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_ctx) | (((rx$c_peer) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_peer) | (((rx$c_tag) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_tag) | (((rx$c_key) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_key) | (((rx$c_bounds) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_bounds) | (((rx$c_dup) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_dup) | (((rx$c_window) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_window) | (((rx$c_nobuf) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_drop_no_buf) | (((rx$c_host) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_host) | (((tx$c_tx_frames) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$tx_frames) | (((tx$c_tx_writes) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$tx_writes) | (((tx$c_tx_pause) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$tx_pause) | (((sq$c_sq_errors) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$sq_errors) | (((rx$c_eq_overflow) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$eq_overflow) | (((mac$rx_unsupported) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$rx_unsupported_opcode) | (((mac$link_local_faults) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$link_local_faults) | (((mac$link_remote_faults) & 800'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_counters$link_remote_faults);
        if (reg_rd_en) begin
            rd_pending$d = 1'b1;
            rd_addr$d = reg_addr;
            q_sent$d = 1'b0;
            rd_age$d = 32'h0;
        end
        else if (rd_age$q != 32'h3) begin
            rd_age$d = rd_age$q + 32'h1;
        end
        if (rx$idle && txq$idle && ~tables$ct_req && ~reg_wr_en && ~wr_q$q) begin
            fence$d = 1'b0;
        end
        rd_rel = ((rd_addr$q - addr_ring_base) & 7'h7f);
        rd_cnt = rd_addr$q - addr_cnt;
        rx$q_req = 1'b0;
        rd_arrival$d = (rd_addr$q == addr_ct_rx_cum) || (rd_addr$q >= addr_rx_map);
        cnt_value$d = counters[(rd_cnt << 32'h3)+:(32)];
        rd_lo$d = 32'h0;
        if (rd_addr$q == addr_id) begin
            rd_lo$d = k_id;
        end
        else if (rd_addr$q == addr_version) begin
            rd_lo$d = k_version;
        end
        else if (rd_addr$q == addr_caps) begin
            rd_lo$d = k_caps;
        end
        else if (rd_addr$q == addr_caps_regions) begin
            rd_lo$d = k_caps_regions;
        end
        else if (rd_addr$q == addr_mac_lo) begin
            rd_lo$d = station$q[(32'h0)+:(32)];
        end
        else if (rd_addr$q == addr_mac_hi) begin
            rd_lo$d = ((station$q[(at_halves$mac_hi)+:(16)]) & 32'hffffffff);
        end
        else if (rd_addr$q == addr_control) begin
            rd_lo$d = ((control$q) & 32'hffffffff);
            if (rst_active$q) begin
                rd_lo$d = ((k_ctl_reset) & 32'hffffffff);
            end
        end
        else if (rd_addr$q == addr_status) begin
            rd_lo$d = k_status_link;
            if (mac$link_local_fault) begin
                rd_lo$d = k_status_local_fault;
            end
            if (mac$link_remote_fault) begin
                rd_lo$d = k_status_remote_fault;
            end
            if (mac$tx_paused) begin
                rd_lo$d = rd_lo$d | k_status_paused;
            end
            if (tx$xoff_sent) begin
                rd_lo$d = rd_lo$d | k_status_xoff;
            end
        end
        else if (rd_addr$q == addr_max_payload) begin
            rd_lo$d = max_payload$q;
        end
        else if (rd_addr$q == addr_pause_quanta) begin
            rd_lo$d = ((pause_quanta$q) & 32'hffffffff);
        end
        else if (rd_addr$q == addr_rxbuf_xoff) begin
            rd_lo$d = rxbuf_xoff$q;
        end
        else if (rd_addr$q == addr_rxbuf_xon) begin
            rd_lo$d = rxbuf_xon$q;
        end
        else if (rd_addr$q == addr_irq_cause) begin
            rd_lo$d = ((irq_cause$q) & 32'hffffffff);
        end
        else if (rd_addr$q == addr_irq_mask) begin
            rd_lo$d = ((irq_mask$q) & 32'hffffffff);
        end
        else if (rd_addr$q == addr_ack_coalesce) begin
            rd_lo$d = ((ack_coalesce$q) & 32'hffffffff);
        end
        rd_ring$d = 32'h0;
        if ((rd_addr$q >= addr_ring_base) && (rd_addr$q < addr_ring_end)) begin
            if (rd_rel[(32'h0)+:(5)] == off_base_lo) begin
                rd_ring$d = ring_base$q[(rd_rel[(32'h5)+:(2)] << 32'h6)+:(32)];
            end
            else if (rd_rel[(32'h0)+:(5)] == off_base_hi) begin
                rd_ring$d = ring_base$q[((rd_rel[(32'h5)+:(2)] << 32'h6) + at_halves$hi)+:(32)];
            end
            else if (rd_rel[(32'h0)+:(5)] == off_size) begin
                rd_ring$d = ((ring_log2$q[(rd_rel[(32'h5)+:(2)] << 32'h3)+:(5)]) & 32'hffffffff);
            end
            else if (rd_addr$q == addr_sq_tail) begin
                rd_ring$d = sq_tail$q;
            end
            else if (rd_addr$q == addr_txq_tail) begin
                rd_ring$d = txq_tail$q;
            end
            else if (rd_addr$q == addr_rxq_tail) begin
                rd_ring$d = rxq_tail$q;
            end
            else if (rd_addr$q == addr_eq_head) begin
                rd_ring$d = eq_head$q;
            end
            else if (rd_rel[(32'h0)+:(5)] == off_head) begin
                if (rd_rel[(32'h5)+:(2)] == 32'h0) begin
                    rd_ring$d = sq$sq_head;
                end
                else if (rd_rel[(32'h5)+:(2)] == 32'h1) begin
                    rd_ring$d = txq$txq_head;
                end
                else if (rd_rel[(32'h5)+:(2)] == 32'h2) begin
                    rd_ring$d = rx$rxq_head;
                end
            end
            else if (rd_rel[(32'h0)+:(5)] == off_tail) begin
                rd_ring$d = rx$eq_tail;
            end
        end
        tables$rd_addr = rd_addr$q;
        rd_snap$d = 32'h0;
        if (rd_addr$q == addr_ct_rx_start) begin
            rd_snap$d = tables$rx_start;
        end
        else if (rd_addr$q == addr_ct_select) begin
            rd_snap$d = ((ct_select$q) & 32'hffffffff);
        end
        else if (rd_addr$q == addr_ct_rx_high) begin
            rd_snap$d = snap_high$q;
        end
        else if (rd_addr$q == addr_ct_rx_done) begin
            rd_snap$d = snap_done$q;
        end
        else if ((rd_addr$q >= addr_cnt) && (rd_addr$q < addr_cnt_end)) begin
            rd_snap$d = cnt_value$q;
        end
        rd_go$d = 1'b0;
        rd_data$d = rd_lo$q | rd_ring$q | tables$rd_hi_out | tables$rd_ct_out | rd_snap$q;
        if (rd_pending$q && (rd_age$q >= 32'h2) && ~reg_rd_en && ~fence$q && ~rst_active$q) begin
            if (rd_arrival$q) begin
                rx$q_req = ~q_sent$q;
                if (rx$q_ack) begin
                    if (rd_addr$q == addr_ct_rx_cum) begin
                        snap_high$d = rx$q_high;
                        snap_done$d = rx$q_done;
                    end
                    q_sent$d = 1'b1;
                    rd_go$d = 1'b1;
                    rd_data$d = rx$q_data;
                    rd_pending$d = 1'b0;
                end
            end
            else begin
                rd_go$d = 1'b1;
                rd_pending$d = 1'b0;
            end
        end
        reg_rd_valid = rd_go$q;
        reg_rd_data = rd_data$q;
    end
    
    always @(*) dma$rx_desc$req = rx$desc_rd$req;
    always @(*) rx$desc_rd$ready = dma$rx_desc$ready;
    always @(*) dma$rx_desc$addr = rx$desc_rd$addr;
    always @(*) dma$rx_desc$len = rx$desc_rd$len;
    always @(*) rx$desc_rd$beat = dma$rx_desc$beat;
    always @(*) rx$desc_rd$data = dma$rx_desc$data;
    always @(*) rx$desc_rd$last = dma$rx_desc$last;
    always @(*) dma$rx_list$req = rx$list_rd$req;
    always @(*) rx$list_rd$ready = dma$rx_list$ready;
    always @(*) dma$rx_list$addr = rx$list_rd$addr;
    always @(*) dma$rx_list$len = rx$list_rd$len;
    always @(*) rx$list_rd$beat = dma$rx_list$beat;
    always @(*) rx$list_rd$data = dma$rx_list$data;
    always @(*) rx$list_rd$last = dma$rx_list$last;
    always @(*) dma$txq$req = txq$rd$req;
    always @(*) txq$rd$ready = dma$txq$ready;
    always @(*) dma$txq$addr = txq$rd$addr;
    always @(*) dma$txq$len = txq$rd$len;
    always @(*) txq$rd$beat = dma$txq$beat;
    always @(*) txq$rd$data = dma$txq$data;
    always @(*) txq$rd$last = dma$txq$last;
    always @(*) dma$sq_desc$req = sq$desc_rd$req;
    always @(*) sq$desc_rd$ready = dma$sq_desc$ready;
    always @(*) dma$sq_desc$addr = sq$desc_rd$addr;
    always @(*) dma$sq_desc$len = sq$desc_rd$len;
    always @(*) sq$desc_rd$beat = dma$sq_desc$beat;
    always @(*) sq$desc_rd$data = dma$sq_desc$data;
    always @(*) sq$desc_rd$last = dma$sq_desc$last;
    always @(*) dma$sq_list$req = sq$list_rd$req;
    always @(*) sq$list_rd$ready = dma$sq_list$ready;
    always @(*) dma$sq_list$addr = sq$list_rd$addr;
    always @(*) dma$sq_list$len = sq$list_rd$len;
    always @(*) sq$list_rd$beat = dma$sq_list$beat;
    always @(*) sq$list_rd$data = dma$sq_list$data;
    always @(*) sq$list_rd$last = dma$sq_list$last;
    always @(*) dma$sq_payload$req = sq$payload_rd$req;
    always @(*) sq$payload_rd$ready = dma$sq_payload$ready;
    always @(*) dma$sq_payload$addr = sq$payload_rd$addr;
    always @(*) dma$sq_payload$len = sq$payload_rd$len;
    always @(*) sq$payload_rd$beat = dma$sq_payload$beat;
    always @(*) sq$payload_rd$data = dma$sq_payload$data;
    always @(*) sq$payload_rd$last = dma$sq_payload$last;
endmodule // top


module top$ack_coalesce(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ack_coalesce


module top$cnt_value(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$cnt_value


module top$control(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$control


module top$ct_select(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ct_select


module top$dma(rx_desc$req,rx_desc$ready,rx_desc$addr,rx_desc$len,rx_desc$beat,rx_desc$data,rx_desc$last,rx_list$req,rx_list$ready,rx_list$addr,rx_list$len,rx_list$beat,rx_list$data,rx_list$last,txq$req,txq$ready,txq$addr,txq$len,txq$beat,txq$data,txq$last,sq_desc$req,sq_desc$ready,sq_desc$addr,sq_desc$len,sq_desc$beat,sq_desc$data,sq_desc$last,sq_list$req,sq_list$ready,sq_list$addr,sq_list$len,sq_list$beat,sq_list$data,sq_list$last,sq_payload$req,sq_payload$ready,sq_payload$addr,sq_payload$len,sq_payload$beat,sq_payload$data,sq_payload$last,bus_valid,bus_ready,bus_tag,bus_addr,bus_len,bus_beat_valid,bus_beat_tag,bus_beat_data,bus_beat_last);
    
    // Module arguments
    input wire  rx_desc$req;
    output reg  rx_desc$ready;
    input wire  [63:0] rx_desc$addr;
    input wire  [12:0] rx_desc$len;
    output reg  rx_desc$beat;
    output reg  [63:0] rx_desc$data;
    output reg  rx_desc$last;
    input wire  rx_list$req;
    output reg  rx_list$ready;
    input wire  [63:0] rx_list$addr;
    input wire  [12:0] rx_list$len;
    output reg  rx_list$beat;
    output reg  [51:0] rx_list$data;
    output reg  rx_list$last;
    input wire  txq$req;
    output reg  txq$ready;
    input wire  [63:0] txq$addr;
    input wire  [12:0] txq$len;
    output reg  txq$beat;
    output reg  [63:0] txq$data;
    output reg  txq$last;
    input wire  sq_desc$req;
    output reg  sq_desc$ready;
    input wire  [63:0] sq_desc$addr;
    input wire  [12:0] sq_desc$len;
    output reg  sq_desc$beat;
    output reg  [63:0] sq_desc$data;
    output reg  sq_desc$last;
    input wire  sq_list$req;
    output reg  sq_list$ready;
    input wire  [63:0] sq_list$addr;
    input wire  [12:0] sq_list$len;
    output reg  sq_list$beat;
    output reg  [51:0] sq_list$data;
    output reg  sq_list$last;
    input wire  sq_payload$req;
    output reg  sq_payload$ready;
    input wire  [63:0] sq_payload$addr;
    input wire  [12:0] sq_payload$len;
    output reg  sq_payload$beat;
    output reg  [63:0] sq_payload$data;
    output reg  sq_payload$last;
    output reg  bus_valid;
    input wire  bus_ready;
    output reg  [7:0] bus_tag;
    output reg  [63:0] bus_addr;
    output reg  [12:0] bus_len;
    input wire  bus_beat_valid;
    input wire  [7:0] bus_beat_tag;
    input wire  [63:0] bus_beat_data;
    input wire  bus_beat_last;
    
    // Update code
    always @(*) begin
        bus_valid = rx_desc$req || rx_list$req || txq$req || sq_desc$req || sq_list$req || sq_payload$req;
        bus_tag = 32'h3;
        bus_addr = sq_payload$addr;
        bus_len = sq_payload$len;
        rx_desc$ready = 1'b0;
        rx_list$ready = 1'b0;
        txq$ready = 1'b0;
        sq_desc$ready = 1'b0;
        sq_list$ready = 1'b0;
        sq_payload$ready = 1'b0;
        if (rx_desc$req) begin
            bus_tag = 32'h0;
            bus_addr = rx_desc$addr;
            bus_len = rx_desc$len;
            rx_desc$ready = bus_ready;
        end
        else if (rx_list$req) begin
            bus_tag = 32'h4;
            bus_addr = rx_list$addr;
            bus_len = rx_list$len;
            rx_list$ready = bus_ready;
        end
        else if (txq$req) begin
            bus_tag = 32'h1;
            bus_addr = txq$addr;
            bus_len = txq$len;
            txq$ready = bus_ready;
        end
        else if (sq_desc$req) begin
            bus_tag = 32'h2;
            bus_addr = sq_desc$addr;
            bus_len = sq_desc$len;
            sq_desc$ready = bus_ready;
        end
        else if (sq_list$req) begin
            bus_tag = 32'h5;
            bus_addr = sq_list$addr;
            bus_len = sq_list$len;
            sq_list$ready = bus_ready;
        end
        else begin
            sq_payload$ready = bus_ready;
        end
        rx_desc$beat = bus_beat_valid && (bus_beat_tag == 32'h0);
        rx_desc$data = bus_beat_data;
        rx_desc$last = bus_beat_last;
        rx_list$beat = bus_beat_valid && (bus_beat_tag == 32'h4);
        rx_list$data = bus_beat_data[(32'hc)+:(52)];
        rx_list$last = bus_beat_last;
        txq$beat = bus_beat_valid && (bus_beat_tag == 32'h1);
        txq$data = bus_beat_data;
        txq$last = bus_beat_last;
        sq_desc$beat = bus_beat_valid && (bus_beat_tag == 32'h2);
        sq_desc$data = bus_beat_data;
        sq_desc$last = bus_beat_last;
        sq_list$beat = bus_beat_valid && (bus_beat_tag == 32'h5);
        sq_list$data = bus_beat_data[(32'hc)+:(52)];
        sq_list$last = bus_beat_last;
        sq_payload$beat = bus_beat_valid && (bus_beat_tag == 32'h3);
        sq_payload$data = bus_beat_data;
        sq_payload$last = bus_beat_last;
    end
    
endmodule // top$dma


module top$eq_head(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$eq_head


module top$fence(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$fence


module top$irq_cause(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$irq_cause


module top$irq_mask(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$irq_mask


module top$irq_was(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$irq_was


module top$link_down_was(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$link_down_was


module top$mac(clock,tx_data,tx_keep,tx_valid,tx_last,tx_ready,tx_paused,tx_send_pause,tx_send_pause_quanta,station,xgmii_txd,xgmii_txc,xgmii_rxd,xgmii_rxc,rx_data,rx_keep,rx_valid,rx_last,rx_error,rx_pause_enable,rx_pause_load,rx_pause_quanta,rx_frames,rx_bad_fcs,rx_runt,rx_oversize,rx_pause,rx_unsupported,link_local_fault,link_remote_fault,link_local_faults,link_remote_faults);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] tx_data;
    input wire  [7:0] tx_keep;
    input wire  tx_valid;
    input wire  tx_last;
    output reg  tx_ready;
    output reg  tx_paused;
    input wire  tx_send_pause;
    input wire  [15:0] tx_send_pause_quanta;
    input wire  [47:0] station;
    output reg  [63:0] xgmii_txd;
    output reg  [7:0] xgmii_txc;
    input wire  [63:0] xgmii_rxd;
    input wire  [7:0] xgmii_rxc;
    output reg  [63:0] rx_data;
    output reg  [7:0] rx_keep;
    output reg  rx_valid;
    output reg  rx_last;
    output reg  rx_error;
    input wire  rx_pause_enable;
    output reg  rx_pause_load;
    output reg  [15:0] rx_pause_quanta;
    output reg  [31:0] rx_frames;
    output reg  [31:0] rx_bad_fcs;
    output reg  [31:0] rx_runt;
    output reg  [31:0] rx_oversize;
    output reg  [31:0] rx_pause;
    output reg  [31:0] rx_unsupported;
    output reg  link_local_fault;
    output reg  link_remote_fault;
    output reg  [31:0] link_local_faults;
    output reg  [31:0] link_remote_faults;
    
    // Stub signals
    wire tx$clock;
    reg  [63:0] tx$data;
    reg  [7:0] tx$keep;
    reg  tx$valid;
    reg  tx$last;
    wire  tx$ready;
    wire  [63:0] tx$txd;
    wire  [7:0] tx$txc;
    reg  [15:0] tx$pause_quanta;
    reg  tx$pause_load;
    reg  tx$pause_enable;
    wire  tx$paused;
    reg  tx$send_pause;
    reg  [15:0] tx$send_pause_quanta;
    reg  [47:0] tx$station;
    reg  tx$fault_local;
    reg  tx$fault_remote;
    wire rx$clock;
    reg  [63:0] rx$rxd;
    reg  [7:0] rx$rxc;
    reg  [47:0] rx$station;
    wire  [63:0] rx$data;
    wire  [7:0] rx$keep;
    wire  rx$valid;
    wire  rx$last;
    wire  rx$error;
    wire  [15:0] rx$pause_quanta;
    wire  rx$pause_load;
    wire  [31:0] rx$rx_frames;
    wire  [31:0] rx$rx_bad_fcs;
    wire  [31:0] rx$rx_runt;
    wire  [31:0] rx$rx_oversize;
    wire  [31:0] rx$rx_pause;
    wire  [31:0] rx$rx_unsupported;
    wire fault$clock;
    reg  [63:0] fault$rxd;
    reg  [7:0] fault$rxc;
    wire  fault$local_fault;
    wire  fault$remote_fault;
    wire  [31:0] fault$local_faults;
    wire  [31:0] fault$remote_faults;
    
    // Sub module instances
    top$mac$tx tx(
        .clock(tx$clock),
        .data(tx$data),
        .keep(tx$keep),
        .valid(tx$valid),
        .last(tx$last),
        .ready(tx$ready),
        .txd(tx$txd),
        .txc(tx$txc),
        .pause_quanta(tx$pause_quanta),
        .pause_load(tx$pause_load),
        .pause_enable(tx$pause_enable),
        .paused(tx$paused),
        .send_pause(tx$send_pause),
        .send_pause_quanta(tx$send_pause_quanta),
        .station(tx$station),
        .fault_local(tx$fault_local),
        .fault_remote(tx$fault_remote)
    );
    top$mac$rx rx(
        .clock(rx$clock),
        .rxd(rx$rxd),
        .rxc(rx$rxc),
        .station(rx$station),
        .data(rx$data),
        .keep(rx$keep),
        .valid(rx$valid),
        .last(rx$last),
        .error(rx$error),
        .pause_quanta(rx$pause_quanta),
        .pause_load(rx$pause_load),
        .rx_frames(rx$rx_frames),
        .rx_bad_fcs(rx$rx_bad_fcs),
        .rx_runt(rx$rx_runt),
        .rx_oversize(rx$rx_oversize),
        .rx_pause(rx$rx_pause),
        .rx_unsupported(rx$rx_unsupported)
    );
    top$mac$fault fault(
        .clock(fault$clock),
        .rxd(fault$rxd),
        .rxc(fault$rxc),
        .local_fault(fault$local_fault),
        .remote_fault(fault$remote_fault),
        .local_faults(fault$local_faults),
        .remote_faults(fault$remote_faults)
    );
    
    // Update code
    assign tx$clock = clock;
    assign rx$clock = clock;
    assign fault$clock = clock;
    
    always @(*) begin
        tx$data = tx_data;
        tx$keep = tx_keep;
        tx$valid = tx_valid;
        tx$last = tx_last;
        tx_ready = tx$ready;
        tx_paused = tx$paused;
        tx$send_pause = tx_send_pause;
        tx$send_pause_quanta = tx_send_pause_quanta;
        tx$station = station;
        xgmii_txd = tx$txd;
        xgmii_txc = tx$txc;
        rx$rxd = xgmii_rxd;
        rx$station = station;
        rx$rxc = xgmii_rxc;
        rx_data = rx$data;
        rx_keep = rx$keep;
        rx_valid = rx$valid;
        rx_last = rx$last;
        rx_error = rx$error;
        rx_pause_load = rx$pause_load;
        rx_pause_quanta = rx$pause_quanta;
        rx_frames = rx$rx_frames;
        rx_bad_fcs = rx$rx_bad_fcs;
        rx_runt = rx$rx_runt;
        rx_oversize = rx$rx_oversize;
        rx_pause = rx$rx_pause;
        rx_unsupported = rx$rx_unsupported;
        fault$rxd = xgmii_rxd;
        fault$rxc = xgmii_rxc;
        tx$fault_local = fault$local_fault;
        tx$fault_remote = fault$remote_fault;
        link_local_fault = fault$local_fault;
        link_remote_fault = fault$remote_fault;
        link_local_faults = fault$local_faults;
        link_remote_faults = fault$remote_faults;
        tx$pause_load = rx$pause_load;
        tx$pause_quanta = rx$pause_quanta;
        tx$pause_enable = rx_pause_enable;
    end
    
endmodule // top$mac


module top$mac$fault(clock,rxd,rxc,local_fault,remote_fault,local_faults,remote_faults);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] rxd;
    input wire  [7:0] rxc;
    output reg  local_fault;
    output reg  remote_fault;
    output reg  [31:0] local_faults;
    output reg  [31:0] remote_faults;
    
    // Constant declarations
    localparam  seq_head = 24'h9c;
    localparam  seq_ctrl = 4'h1;
    localparam  local_kind = 8'h1;
    localparam  remote_kind = 8'h2;
    
    // Stub signals
    reg  [63:0] wire_d$d;
    wire  [63:0] wire_d$q;
    wire wire_d$clock;
    reg  [7:0] wire_c$d;
    wire  [7:0] wire_c$q;
    wire wire_c$clock;
    reg  seq_local$d;
    wire  seq_local$q;
    wire seq_local$clock;
    reg  seq_remote$d;
    wire  seq_remote$q;
    wire seq_remote$clock;
    reg  [2:0] count$d;
    wire  [2:0] count$q;
    wire count$clock;
    reg  count_remote$d;
    wire  count_remote$q;
    wire count_remote$clock;
    reg  [5:0] quiet$d;
    wire  [5:0] quiet$q;
    wire quiet$clock;
    reg  fault_local$d;
    wire  fault_local$q;
    wire fault_local$clock;
    reg  fault_remote$d;
    wire  fault_remote$q;
    wire fault_remote$clock;
    reg  [31:0] local_r$d;
    wire  [31:0] local_r$q;
    wire local_r$clock;
    reg  [31:0] remote_r$d;
    wire  [31:0] remote_r$q;
    wire remote_r$clock;
    
    // Local signals
    reg  col0;
    reg  col4;
    reg  seq_any;
    reg  same_run;
    
    // Sub module instances
    top$mac$fault$wire_d wire_d(
        .d(wire_d$d),
        .q(wire_d$q),
        .clock(wire_d$clock)
    );
    top$mac$fault$wire_c wire_c(
        .d(wire_c$d),
        .q(wire_c$q),
        .clock(wire_c$clock)
    );
    top$mac$fault$seq_local seq_local(
        .d(seq_local$d),
        .q(seq_local$q),
        .clock(seq_local$clock)
    );
    top$mac$fault$seq_remote seq_remote(
        .d(seq_remote$d),
        .q(seq_remote$q),
        .clock(seq_remote$clock)
    );
    top$mac$fault$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$mac$fault$count_remote count_remote(
        .d(count_remote$d),
        .q(count_remote$q),
        .clock(count_remote$clock)
    );
    top$mac$fault$quiet quiet(
        .d(quiet$d),
        .q(quiet$q),
        .clock(quiet$clock)
    );
    top$mac$fault$fault_local fault_local(
        .d(fault_local$d),
        .q(fault_local$q),
        .clock(fault_local$clock)
    );
    top$mac$fault$fault_remote fault_remote(
        .d(fault_remote$d),
        .q(fault_remote$q),
        .clock(fault_remote$clock)
    );
    top$mac$fault$local_r local_r(
        .d(local_r$d),
        .q(local_r$q),
        .clock(local_r$clock)
    );
    top$mac$fault$remote_r remote_r(
        .d(remote_r$d),
        .q(remote_r$q),
        .clock(remote_r$clock)
    );
    
    // Update code
    assign wire_d$clock = clock;
    assign wire_c$clock = clock;
    assign seq_local$clock = clock;
    assign seq_remote$clock = clock;
    assign count$clock = clock;
    assign count_remote$clock = clock;
    assign quiet$clock = clock;
    assign fault_local$clock = clock;
    assign fault_remote$clock = clock;
    assign local_r$clock = clock;
    assign remote_r$clock = clock;
    
    always @(*) begin
        wire_d$d = wire_d$q;
        wire_c$d = wire_c$q;
        seq_local$d = seq_local$q;
        seq_remote$d = seq_remote$q;
        count$d = count$q;
        count_remote$d = count_remote$q;
        quiet$d = quiet$q;
        fault_local$d = fault_local$q;
        fault_remote$d = fault_remote$q;
        local_r$d = local_r$q;
        remote_r$d = remote_r$q;
        wire_d$d = rxd;
        wire_c$d = rxc;
        col0 = (wire_c$q[(32'h0)+:(4)] == seq_ctrl) & (wire_d$q[(32'h0)+:(24)] == seq_head);
        col4 = (wire_c$q[(32'h4)+:(4)] == seq_ctrl) & (wire_d$q[(32'h20)+:(24)] == seq_head);
        seq_local$d = (col0 & (wire_d$q[(32'h18)+:(8)] == local_kind)) | (col4 & (wire_d$q[(32'h38)+:(8)] == local_kind));
        seq_remote$d = (col0 & (wire_d$q[(32'h18)+:(8)] == remote_kind)) | (col4 & (wire_d$q[(32'h38)+:(8)] == remote_kind));
        seq_any = seq_local$q | seq_remote$q;
        same_run = |count$q & (count_remote$q == (seq_remote$q & ~seq_local$q)) & ~&quiet$q;
        if (seq_any) begin
            quiet$d = 32'h0;
            if (~same_run) begin
                count$d = 32'h1;
                count_remote$d = seq_remote$q & ~seq_local$q;
            end
            else if (count$q != 32'h4) begin
                count$d = count$q + 32'h1;
            end
            if (same_run & (count$q == 32'h3)) begin
                fault_local$d = ~count_remote$q;
                fault_remote$d = count_remote$q;
                if (~count_remote$q & ~fault_local$q) begin
                    local_r$d = local_r$q + 32'h1;
                end
                if (count_remote$q & ~fault_remote$q) begin
                    remote_r$d = remote_r$q + 32'h1;
                end
            end
        end
        else if (&quiet$q) begin
            count$d = 32'h0;
            fault_local$d = 1'b0;
            fault_remote$d = 1'b0;
        end
        else begin
            quiet$d = quiet$q + 32'h1;
        end
        local_fault = fault_local$q;
        remote_fault = fault_remote$q;
        local_faults = local_r$q;
        remote_faults = remote_r$q;
    end
    
endmodule // top$mac$fault


module top$mac$fault$count(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$count


module top$mac$fault$count_remote(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$count_remote


module top$mac$fault$fault_local(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$fault_local


module top$mac$fault$fault_remote(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$fault_remote


module top$mac$fault$local_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$local_r


module top$mac$fault$quiet(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$quiet


module top$mac$fault$remote_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$remote_r


module top$mac$fault$seq_local(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$seq_local


module top$mac$fault$seq_remote(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$seq_remote


module top$mac$fault$wire_c(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$wire_c


module top$mac$fault$wire_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$fault$wire_d


module top$mac$rx(clock,rxd,rxc,station,data,keep,valid,last,error,pause_quanta,pause_load,rx_frames,rx_bad_fcs,rx_runt,rx_oversize,rx_pause,rx_unsupported);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] rxd;
    input wire  [7:0] rxc;
    input wire  [47:0] station;
    output reg  [63:0] data;
    output reg  [7:0] keep;
    output reg  valid;
    output reg  last;
    output reg  error;
    output reg  [15:0] pause_quanta;
    output reg  pause_load;
    output reg  [31:0] rx_frames;
    output reg  [31:0] rx_bad_fcs;
    output reg  [31:0] rx_runt;
    output reg  [31:0] rx_oversize;
    output reg  [31:0] rx_pause;
    output reg  [31:0] rx_unsupported;
    
    // Constant declarations
    localparam  idle_half = 32'h7070707;
    localparam  start_char = 8'hfb;
    localparam  term_char = 8'hfd;
    localparam  sfd = 8'hd5;
    localparam  pause_dst_lanes = 48'h10000c28001;
    localparam  pause_type_lanes = 32'h1000888;
    localparam  residues = 256'hc622f71db1c2a1a39d6cdf7e6522df69e60914aee38a68766b87b1ec7bd5c66f;
    localparam  short_below = 112'h200080020008;
    localparam  runt_below = 112'h100040010004001000400100040;
    localparam  over_from = 112'h9042410904241090424189062418;
    localparam  max_frame = 14'b10010000010010;
    
    // Stub signals
    reg  [63:0] w_d$d;
    wire  [63:0] w_d$q;
    wire w_d$clock;
    reg  [7:0] w_c$d;
    wire  [7:0] w_c$q;
    wire w_c$clock;
    reg  w_start0$d;
    wire  w_start0$q;
    wire w_start0$clock;
    reg  w_start4$d;
    wire  w_start4$q;
    wire w_start4$clock;
    reg  shifted$d;
    wire  shifted$q;
    wire shifted$clock;
    reg  [63:0] a_d$d;
    wire  [63:0] a_d$q;
    wire a_d$clock;
    reg  [7:0] a_c$d;
    wire  [7:0] a_c$q;
    wire a_c$clock;
    reg  [63:0] b_d$d;
    wire  [63:0] b_d$q;
    wire b_d$clock;
    reg  b_start$d;
    wire  b_start$q;
    wire b_start$clock;
    reg  b_preamble$d;
    wire  b_preamble$q;
    wire b_preamble$clock;
    reg  b_ctrl$d;
    wire  b_ctrl$q;
    wire b_ctrl$clock;
    reg  [3:0] b_len$d;
    wire  [3:0] b_len$q;
    wire b_len$clock;
    reg  [13:0] b_short$d;
    wire  [13:0] b_short$q;
    wire b_short$clock;
    reg  [13:0] b_runt$d;
    wire  [13:0] b_runt$q;
    wire b_runt$clock;
    reg  [13:0] b_over$d;
    wire  [13:0] b_over$q;
    wire b_over$clock;
    reg  [7:0] b_keep$d;
    wire  [7:0] b_keep$q;
    wire b_keep$clock;
    reg  b_term$d;
    wire  b_term$q;
    wire b_term$clock;
    reg  b_pause_dst$d;
    wire  b_pause_dst$q;
    wire b_pause_dst$clock;
    reg  b_ctl_type$d;
    wire  b_ctl_type$q;
    wire b_ctl_type$clock;
    reg  b_pause_op$d;
    wire  b_pause_op$q;
    wire b_pause_op$clock;
    reg  in_frame$d;
    wire  in_frame$q;
    wire in_frame$clock;
    reg  [1:0] widx$d;
    wire  [1:0] widx$q;
    wire widx$clock;
    reg  [13:0] count$d;
    wire  [13:0] count$q;
    wire count$clock;
    reg  bad_ctrl$d;
    wire  bad_ctrl$q;
    wire bad_ctrl$clock;
    reg  pause_dst$d;
    wire  pause_dst$q;
    wire pause_dst$clock;
    reg  is_ctl$d;
    wire  is_ctl$q;
    wire is_ctl$clock;
    reg  is_pause$d;
    wire  is_pause$q;
    wire is_pause$clock;
    reg  [15:0] quanta$d;
    wire  [15:0] quanta$q;
    wire quanta$clock;
    reg  [63:0] hold$d;
    wire  [63:0] hold$q;
    wire hold$clock;
    reg  hold_valid$d;
    wire  hold_valid$q;
    wire hold_valid$clock;
    reg  [7:0] hold_keep$d;
    wire  [7:0] hold_keep$q;
    wire hold_keep$clock;
    wire crc$clock;
    reg  crc$start;
    reg  crc$valid;
    reg  [63:0] crc$data;
    reg  [7:0] crc$keep;
    wire  [31:0] crc$fcs;
    reg  tail$d;
    wire  tail$q;
    wire tail$clock;
    reg  [2:0] tail_k$d;
    wire  [2:0] tail_k$q;
    wire tail_k$clock;
    reg  short_f$d;
    wire  short_f$q;
    wire short_f$clock;
    reg  runt_f$d;
    wire  runt_f$q;
    wire runt_f$clock;
    reg  over_f$d;
    wire  over_f$q;
    wire over_f$clock;
    reg  is_bad$d;
    wire  is_bad$q;
    wire is_bad$clock;
    reg  is_runt$d;
    wire  is_runt$q;
    wire is_runt$clock;
    reg  is_over$d;
    wire  is_over$q;
    wire is_over$clock;
    reg  is_good$d;
    wire  is_good$q;
    wire is_good$clock;
    reg  got_pause$d;
    wire  got_pause$q;
    wire got_pause$clock;
    reg  got_unsupported$d;
    wire  got_unsupported$q;
    wire got_unsupported$clock;
    reg  [63:0] data_r$d;
    wire  [63:0] data_r$q;
    wire data_r$clock;
    reg  [7:0] keep_r$d;
    wire  [7:0] keep_r$q;
    wire keep_r$clock;
    reg  valid_r$d;
    wire  valid_r$q;
    wire valid_r$clock;
    reg  last_r$d;
    wire  last_r$q;
    wire last_r$clock;
    reg  error_r$d;
    wire  error_r$q;
    wire error_r$clock;
    reg  [15:0] pause_quanta_r$d;
    wire  [15:0] pause_quanta_r$q;
    wire pause_quanta_r$clock;
    reg  pause_load_r$d;
    wire  pause_load_r$q;
    wire pause_load_r$clock;
    reg  [31:0] frames_r$d;
    wire  [31:0] frames_r$q;
    wire frames_r$clock;
    reg  [31:0] bad_fcs_r$d;
    wire  [31:0] bad_fcs_r$q;
    wire bad_fcs_r$clock;
    reg  [31:0] runt_r$d;
    wire  [31:0] runt_r$q;
    wire runt_r$clock;
    reg  [31:0] oversize_r$d;
    wire  [31:0] oversize_r$q;
    wire oversize_r$clock;
    reg  [31:0] pause_r$d;
    wire  [31:0] pause_r$q;
    wire pause_r$clock;
    reg  [31:0] unsupported_r$d;
    wire  [31:0] unsupported_r$q;
    wire unsupported_r$clock;
    
    // Local signals
    reg  shift_now;
    reg  in_start0;
    reg  drop;
    reg  bad_fcs;
    reg  [47:0] station_lanes;
    
    // Sub module instances
    top$mac$rx$w_d w_d(
        .d(w_d$d),
        .q(w_d$q),
        .clock(w_d$clock)
    );
    top$mac$rx$w_c w_c(
        .d(w_c$d),
        .q(w_c$q),
        .clock(w_c$clock)
    );
    top$mac$rx$w_start0 w_start0(
        .d(w_start0$d),
        .q(w_start0$q),
        .clock(w_start0$clock)
    );
    top$mac$rx$w_start4 w_start4(
        .d(w_start4$d),
        .q(w_start4$q),
        .clock(w_start4$clock)
    );
    top$mac$rx$shifted shifted(
        .d(shifted$d),
        .q(shifted$q),
        .clock(shifted$clock)
    );
    top$mac$rx$a_d a_d(
        .d(a_d$d),
        .q(a_d$q),
        .clock(a_d$clock)
    );
    top$mac$rx$a_c a_c(
        .d(a_c$d),
        .q(a_c$q),
        .clock(a_c$clock)
    );
    top$mac$rx$b_d b_d(
        .d(b_d$d),
        .q(b_d$q),
        .clock(b_d$clock)
    );
    top$mac$rx$b_start b_start(
        .d(b_start$d),
        .q(b_start$q),
        .clock(b_start$clock)
    );
    top$mac$rx$b_preamble b_preamble(
        .d(b_preamble$d),
        .q(b_preamble$q),
        .clock(b_preamble$clock)
    );
    top$mac$rx$b_ctrl b_ctrl(
        .d(b_ctrl$d),
        .q(b_ctrl$q),
        .clock(b_ctrl$clock)
    );
    top$mac$rx$b_len b_len(
        .d(b_len$d),
        .q(b_len$q),
        .clock(b_len$clock)
    );
    top$mac$rx$b_short b_short(
        .d(b_short$d),
        .q(b_short$q),
        .clock(b_short$clock)
    );
    top$mac$rx$b_runt b_runt(
        .d(b_runt$d),
        .q(b_runt$q),
        .clock(b_runt$clock)
    );
    top$mac$rx$b_over b_over(
        .d(b_over$d),
        .q(b_over$q),
        .clock(b_over$clock)
    );
    top$mac$rx$b_keep b_keep(
        .d(b_keep$d),
        .q(b_keep$q),
        .clock(b_keep$clock)
    );
    top$mac$rx$b_term b_term(
        .d(b_term$d),
        .q(b_term$q),
        .clock(b_term$clock)
    );
    top$mac$rx$b_pause_dst b_pause_dst(
        .d(b_pause_dst$d),
        .q(b_pause_dst$q),
        .clock(b_pause_dst$clock)
    );
    top$mac$rx$b_ctl_type b_ctl_type(
        .d(b_ctl_type$d),
        .q(b_ctl_type$q),
        .clock(b_ctl_type$clock)
    );
    top$mac$rx$b_pause_op b_pause_op(
        .d(b_pause_op$d),
        .q(b_pause_op$q),
        .clock(b_pause_op$clock)
    );
    top$mac$rx$in_frame in_frame(
        .d(in_frame$d),
        .q(in_frame$q),
        .clock(in_frame$clock)
    );
    top$mac$rx$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    top$mac$rx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$mac$rx$bad_ctrl bad_ctrl(
        .d(bad_ctrl$d),
        .q(bad_ctrl$q),
        .clock(bad_ctrl$clock)
    );
    top$mac$rx$pause_dst pause_dst(
        .d(pause_dst$d),
        .q(pause_dst$q),
        .clock(pause_dst$clock)
    );
    top$mac$rx$is_ctl is_ctl(
        .d(is_ctl$d),
        .q(is_ctl$q),
        .clock(is_ctl$clock)
    );
    top$mac$rx$is_pause is_pause(
        .d(is_pause$d),
        .q(is_pause$q),
        .clock(is_pause$clock)
    );
    top$mac$rx$quanta quanta(
        .d(quanta$d),
        .q(quanta$q),
        .clock(quanta$clock)
    );
    top$mac$rx$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$mac$rx$hold_valid hold_valid(
        .d(hold_valid$d),
        .q(hold_valid$q),
        .clock(hold_valid$clock)
    );
    top$mac$rx$hold_keep hold_keep(
        .d(hold_keep$d),
        .q(hold_keep$q),
        .clock(hold_keep$clock)
    );
    top$mac$rx$crc crc(
        .clock(crc$clock),
        .start(crc$start),
        .valid(crc$valid),
        .data(crc$data),
        .keep(crc$keep),
        .fcs(crc$fcs)
    );
    top$mac$rx$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    top$mac$rx$tail_k tail_k(
        .d(tail_k$d),
        .q(tail_k$q),
        .clock(tail_k$clock)
    );
    top$mac$rx$short_f short_f(
        .d(short_f$d),
        .q(short_f$q),
        .clock(short_f$clock)
    );
    top$mac$rx$runt_f runt_f(
        .d(runt_f$d),
        .q(runt_f$q),
        .clock(runt_f$clock)
    );
    top$mac$rx$over_f over_f(
        .d(over_f$d),
        .q(over_f$q),
        .clock(over_f$clock)
    );
    top$mac$rx$is_bad is_bad(
        .d(is_bad$d),
        .q(is_bad$q),
        .clock(is_bad$clock)
    );
    top$mac$rx$is_runt is_runt(
        .d(is_runt$d),
        .q(is_runt$q),
        .clock(is_runt$clock)
    );
    top$mac$rx$is_over is_over(
        .d(is_over$d),
        .q(is_over$q),
        .clock(is_over$clock)
    );
    top$mac$rx$is_good is_good(
        .d(is_good$d),
        .q(is_good$q),
        .clock(is_good$clock)
    );
    top$mac$rx$got_pause got_pause(
        .d(got_pause$d),
        .q(got_pause$q),
        .clock(got_pause$clock)
    );
    top$mac$rx$got_unsupported got_unsupported(
        .d(got_unsupported$d),
        .q(got_unsupported$q),
        .clock(got_unsupported$clock)
    );
    top$mac$rx$data_r data_r(
        .d(data_r$d),
        .q(data_r$q),
        .clock(data_r$clock)
    );
    top$mac$rx$keep_r keep_r(
        .d(keep_r$d),
        .q(keep_r$q),
        .clock(keep_r$clock)
    );
    top$mac$rx$valid_r valid_r(
        .d(valid_r$d),
        .q(valid_r$q),
        .clock(valid_r$clock)
    );
    top$mac$rx$last_r last_r(
        .d(last_r$d),
        .q(last_r$q),
        .clock(last_r$clock)
    );
    top$mac$rx$error_r error_r(
        .d(error_r$d),
        .q(error_r$q),
        .clock(error_r$clock)
    );
    top$mac$rx$pause_quanta_r pause_quanta_r(
        .d(pause_quanta_r$d),
        .q(pause_quanta_r$q),
        .clock(pause_quanta_r$clock)
    );
    top$mac$rx$pause_load_r pause_load_r(
        .d(pause_load_r$d),
        .q(pause_load_r$q),
        .clock(pause_load_r$clock)
    );
    top$mac$rx$frames_r frames_r(
        .d(frames_r$d),
        .q(frames_r$q),
        .clock(frames_r$clock)
    );
    top$mac$rx$bad_fcs_r bad_fcs_r(
        .d(bad_fcs_r$d),
        .q(bad_fcs_r$q),
        .clock(bad_fcs_r$clock)
    );
    top$mac$rx$runt_r runt_r(
        .d(runt_r$d),
        .q(runt_r$q),
        .clock(runt_r$clock)
    );
    top$mac$rx$oversize_r oversize_r(
        .d(oversize_r$d),
        .q(oversize_r$q),
        .clock(oversize_r$clock)
    );
    top$mac$rx$pause_r pause_r(
        .d(pause_r$d),
        .q(pause_r$q),
        .clock(pause_r$clock)
    );
    top$mac$rx$unsupported_r unsupported_r(
        .d(unsupported_r$d),
        .q(unsupported_r$q),
        .clock(unsupported_r$clock)
    );
    
    // Update code
    assign w_d$clock = clock;
    assign w_c$clock = clock;
    assign w_start0$clock = clock;
    assign w_start4$clock = clock;
    assign shifted$clock = clock;
    assign a_d$clock = clock;
    assign a_c$clock = clock;
    assign b_d$clock = clock;
    assign b_start$clock = clock;
    assign b_preamble$clock = clock;
    assign b_ctrl$clock = clock;
    assign b_len$clock = clock;
    assign b_short$clock = clock;
    assign b_runt$clock = clock;
    assign b_over$clock = clock;
    assign b_keep$clock = clock;
    assign b_term$clock = clock;
    assign b_pause_dst$clock = clock;
    assign b_ctl_type$clock = clock;
    assign b_pause_op$clock = clock;
    assign in_frame$clock = clock;
    assign widx$clock = clock;
    assign count$clock = clock;
    assign bad_ctrl$clock = clock;
    assign pause_dst$clock = clock;
    assign is_ctl$clock = clock;
    assign is_pause$clock = clock;
    assign quanta$clock = clock;
    assign hold$clock = clock;
    assign hold_valid$clock = clock;
    assign hold_keep$clock = clock;
    assign tail$clock = clock;
    assign tail_k$clock = clock;
    assign short_f$clock = clock;
    assign runt_f$clock = clock;
    assign over_f$clock = clock;
    assign is_bad$clock = clock;
    assign is_runt$clock = clock;
    assign is_over$clock = clock;
    assign is_good$clock = clock;
    assign got_pause$clock = clock;
    assign got_unsupported$clock = clock;
    assign data_r$clock = clock;
    assign keep_r$clock = clock;
    assign valid_r$clock = clock;
    assign last_r$clock = clock;
    assign error_r$clock = clock;
    assign pause_quanta_r$clock = clock;
    assign pause_load_r$clock = clock;
    assign frames_r$clock = clock;
    assign bad_fcs_r$clock = clock;
    assign runt_r$clock = clock;
    assign oversize_r$clock = clock;
    assign pause_r$clock = clock;
    assign unsupported_r$clock = clock;
    assign crc$clock = clock;
    
    always @(*) begin
        w_d$d = w_d$q;
        w_c$d = w_c$q;
        w_start0$d = w_start0$q;
        w_start4$d = w_start4$q;
        shifted$d = shifted$q;
        a_d$d = a_d$q;
        a_c$d = a_c$q;
        b_d$d = b_d$q;
        b_start$d = b_start$q;
        b_preamble$d = b_preamble$q;
        b_ctrl$d = b_ctrl$q;
        b_len$d = b_len$q;
        b_short$d = b_short$q;
        b_runt$d = b_runt$q;
        b_over$d = b_over$q;
        b_keep$d = b_keep$q;
        b_term$d = b_term$q;
        b_pause_dst$d = b_pause_dst$q;
        b_ctl_type$d = b_ctl_type$q;
        b_pause_op$d = b_pause_op$q;
        in_frame$d = in_frame$q;
        widx$d = widx$q;
        count$d = count$q;
        bad_ctrl$d = bad_ctrl$q;
        pause_dst$d = pause_dst$q;
        is_ctl$d = is_ctl$q;
        is_pause$d = is_pause$q;
        quanta$d = quanta$q;
        hold$d = hold$q;
        hold_valid$d = hold_valid$q;
        hold_keep$d = hold_keep$q;
        tail$d = tail$q;
        tail_k$d = tail_k$q;
        short_f$d = short_f$q;
        runt_f$d = runt_f$q;
        over_f$d = over_f$q;
        is_bad$d = is_bad$q;
        is_runt$d = is_runt$q;
        is_over$d = is_over$q;
        is_good$d = is_good$q;
        got_pause$d = got_pause$q;
        got_unsupported$d = got_unsupported$q;
        data_r$d = data_r$q;
        keep_r$d = keep_r$q;
        valid_r$d = valid_r$q;
        last_r$d = last_r$q;
        error_r$d = error_r$q;
        pause_quanta_r$d = pause_quanta_r$q;
        pause_load_r$d = pause_load_r$q;
        frames_r$d = frames_r$q;
        bad_fcs_r$d = bad_fcs_r$q;
        runt_r$d = runt_r$q;
        oversize_r$d = oversize_r$q;
        pause_r$d = pause_r$q;
        unsupported_r$d = unsupported_r$q;
        in_start0 = rxc[32'h0] && rxd[(32'h0)+:(8)] == start_char;
        w_d$d = rxd;
        w_c$d = rxc;
        w_start0$d = in_start0;
        w_start4$d = rxc[32'h4] && rxd[(32'h20)+:(8)] == start_char;
        shift_now = shifted$q;
        if (w_start4$q) begin
            shift_now = 1'b1;
        end
        if (w_start0$q) begin
            shift_now = 1'b0;
        end
        shifted$d = shift_now;
        a_d$d = w_d$q;
        a_c$d = w_c$q;
        if (shift_now) begin
            a_d$d = (((rxd[(32'h0)+:(32)]) & 64'hffffffffffffffff) << 32'h20) | ((w_d$q[(32'h20)+:(32)]) & 64'hffffffffffffffff);
            a_c$d = (((rxc[(32'h0)+:(4)]) & 8'hff) << 32'h4) | ((w_c$q[(32'h4)+:(4)]) & 8'hff);
            if (in_start0) begin
                a_d$d = (((idle_half) & 64'hffffffffffffffff) << 32'h20) | ((w_d$q[(32'h20)+:(32)]) & 64'hffffffffffffffff);
                a_c$d = ((w_c$q[(32'h4)+:(4)]) & 8'hff) | 64'hf0;
            end
        end
        b_d$d = a_d$q;
        b_start$d = a_c$q[32'h0] && a_d$q[(32'h0)+:(8)] == start_char;
        b_preamble$d = a_d$q[(32'h38)+:(8)] == sfd && ~|a_c$q[(32'h1)+:(7)];
        b_ctrl$d = |a_c$q;
        b_len$d = 32'h8;
        b_short$d = short_below[(32'h0)+:(14)];
        b_runt$d = runt_below[(32'h0)+:(14)];
        b_over$d = over_from[(32'h0)+:(14)];
        b_keep$d = 32'hff;
        b_term$d = 1'b0;
        if (a_c$q[32'h7 - 0]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 0))) - 32'h1);
            b_len$d = (32'h7 - 0);
            b_short$d = short_below[(32'he * (32'h7 - 0))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 0))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 0))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 0)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 0))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 1]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 1))) - 32'h1);
            b_len$d = (32'h7 - 1);
            b_short$d = short_below[(32'he * (32'h7 - 1))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 1))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 1))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 1)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 1))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 2]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 2))) - 32'h1);
            b_len$d = (32'h7 - 2);
            b_short$d = short_below[(32'he * (32'h7 - 2))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 2))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 2))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 2)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 2))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 3]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 3))) - 32'h1);
            b_len$d = (32'h7 - 3);
            b_short$d = short_below[(32'he * (32'h7 - 3))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 3))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 3))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 3)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 3))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 4]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 4))) - 32'h1);
            b_len$d = (32'h7 - 4);
            b_short$d = short_below[(32'he * (32'h7 - 4))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 4))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 4))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 4)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 4))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 5]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 5))) - 32'h1);
            b_len$d = (32'h7 - 5);
            b_short$d = short_below[(32'he * (32'h7 - 5))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 5))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 5))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 5)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 5))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 6]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 6))) - 32'h1);
            b_len$d = (32'h7 - 6);
            b_short$d = short_below[(32'he * (32'h7 - 6))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 6))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 6))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 6)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 6))+:(8)] == term_char;
        end
        if (a_c$q[32'h7 - 7]) begin
            b_d$d = a_d$q & ((64'h1 << (32'h8 * (32'h7 - 7))) - 32'h1);
            b_len$d = (32'h7 - 7);
            b_short$d = short_below[(32'he * (32'h7 - 7))+:(14)];
            b_runt$d = runt_below[(32'he * (32'h7 - 7))+:(14)];
            b_over$d = over_from[(32'he * (32'h7 - 7))+:(14)];
            b_keep$d = ((64'h1 << (32'h7 - 7)) - 32'h1);
            b_term$d = a_d$q[(32'h8 * (32'h7 - 7))+:(8)] == term_char;
        end
        station_lanes = ((station[(32'h28)+:(8)]) & 48'hffffffffffff) | (((station[(32'h20)+:(8)]) & 48'hffffffffffff) << 32'h8) | (((station[(32'h18)+:(8)]) & 48'hffffffffffff) << 32'h10) | (((station[(32'h10)+:(8)]) & 48'hffffffffffff) << 32'h18) | (((station[(32'h8)+:(8)]) & 48'hffffffffffff) << 32'h20) | (((station[(32'h0)+:(8)]) & 48'hffffffffffff) << 32'h28);
        b_pause_dst$d = (a_d$q[(32'h0)+:(48)] == pause_dst_lanes) || (a_d$q[(32'h0)+:(48)] == station_lanes);
        b_ctl_type$d = a_d$q[(32'h20)+:(16)] == pause_type_lanes[(32'h0)+:(16)];
        b_pause_op$d = a_d$q[(32'h30)+:(16)] == pause_type_lanes[(32'h10)+:(16)];
        crc$start = widx$q == 32'h0;
        crc$valid = 1'b0;
        crc$data = b_d$q;
        crc$keep = 32'hff;
        tail$d = 1'b0;
        data_r$d = hold$q;
        keep_r$d = 32'hff;
        valid_r$d = 1'b0;
        last_r$d = 1'b0;
        error_r$d = 1'b0;
        drop = is_ctl$q || (widx$q == 32'h1 && pause_dst$q && b_ctl_type$q);
        if (in_frame$q) begin
            crc$valid = 1'b1;
            if (widx$q != 32'h3) begin
                widx$d = widx$q + 32'h1;
            end
            if (widx$q == 32'h0) begin
                pause_dst$d = b_pause_dst$q;
            end
            if (widx$q == 32'h1) begin
                is_ctl$d = drop;
                is_pause$d = drop && b_pause_op$q;
            end
            if (widx$q == 32'h2) begin
                quanta$d = (((b_d$q[(32'h0)+:(8)]) & 16'hffff) << 32'h8) | ((b_d$q[(32'h8)+:(8)]) & 16'hffff);
            end
            if (~b_ctrl$q) begin
                if (count$q <= max_frame) begin
                    count$d = count$q + 32'h8;
                end
                valid_r$d = hold_valid$q && ~drop;
                hold$d = b_d$q;
                hold_valid$d = 1'b1;
            end
            else begin
                in_frame$d = 1'b0;
                tail$d = 1'b1;
                bad_ctrl$d = bad_ctrl$q || ~b_term$q;
                tail_k$d = b_len$q[(32'h0)+:(3)];
                short_f$d = count$q < b_short$q;
                runt_f$d = count$q < b_runt$q;
                over_f$d = count$q >= b_over$q;
                if (b_keep$q[32'h4]) begin
                    valid_r$d = hold_valid$q && ~drop;
                    hold$d = b_d$q;
                    hold_valid$d = 1'b1;
                    hold_keep$d = b_keep$q >> 32'h4;
                end
                else begin
                    hold_keep$d = (b_keep$q << 32'h4) | 32'hf;
                end
            end
        end
        else if (b_start$q) begin
            in_frame$d = 1'b1;
            widx$d = 32'h0;
            count$d = 32'h0;
            bad_ctrl$d = ~b_preamble$q;
            pause_dst$d = 1'b0;
            is_ctl$d = 1'b0;
            is_pause$d = 1'b0;
        end
        bad_fcs = bad_ctrl$q || short_f$q || crc$fcs != residues[(tail_k$q * 32'h20)+:(32)];
        is_bad$d = 1'b0;
        is_runt$d = 1'b0;
        is_over$d = 1'b0;
        is_good$d = 1'b0;
        got_pause$d = 1'b0;
        got_unsupported$d = 1'b0;
        if (tail$q) begin
            valid_r$d = hold_valid$q && ~is_ctl$q;
            last_r$d = 1'b1;
            error_r$d = bad_fcs || runt_f$q || over_f$q;
            keep_r$d = hold_keep$q;
            hold_valid$d = 1'b0;
            is_bad$d = bad_fcs;
            is_runt$d = ~bad_fcs && runt_f$q;
            is_over$d = ~bad_fcs && ~runt_f$q && over_f$q;
            is_good$d = ~(bad_fcs || runt_f$q || over_f$q);
            got_pause$d = ~(bad_fcs || runt_f$q || over_f$q) && is_pause$q;
            got_unsupported$d = ~(bad_fcs || runt_f$q || over_f$q) && is_ctl$q && ~is_pause$q;
        end
        if (is_bad$q) begin
            bad_fcs_r$d = bad_fcs_r$q + 32'h1;
        end
        if (is_runt$q) begin
            runt_r$d = runt_r$q + 32'h1;
        end
        if (is_over$q) begin
            oversize_r$d = oversize_r$q + 32'h1;
        end
        if (is_good$q) begin
            frames_r$d = frames_r$q + 32'h1;
        end
        pause_load_r$d = got_pause$q;
        if (got_pause$q) begin
            pause_r$d = pause_r$q + 32'h1;
            pause_quanta_r$d = quanta$q;
        end
        if (got_unsupported$q) begin
            unsupported_r$d = unsupported_r$q + 32'h1;
        end
        data = data_r$q;
        keep = keep_r$q;
        valid = valid_r$q;
        last = last_r$q;
        error = error_r$q;
        pause_quanta = pause_quanta_r$q;
        pause_load = pause_load_r$q;
        rx_frames = frames_r$q;
        rx_bad_fcs = bad_fcs_r$q;
        rx_runt = runt_r$q;
        rx_oversize = oversize_r$q;
        rx_pause = pause_r$q;
        rx_unsupported = unsupported_r$q;
    end
    
endmodule // top$mac$rx


module top$mac$rx$a_c(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$a_c


module top$mac$rx$a_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$a_d


module top$mac$rx$b_ctl_type(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_ctl_type


module top$mac$rx$b_ctrl(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_ctrl


module top$mac$rx$b_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_d


module top$mac$rx$b_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_keep


module top$mac$rx$b_len(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_len


module top$mac$rx$b_over(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_over


module top$mac$rx$b_pause_dst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_pause_dst


module top$mac$rx$b_pause_op(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_pause_op


module top$mac$rx$b_preamble(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_preamble


module top$mac$rx$b_runt(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_runt


module top$mac$rx$b_short(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_short


module top$mac$rx$b_start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_start


module top$mac$rx$b_term(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$b_term


module top$mac$rx$bad_ctrl(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$bad_ctrl


module top$mac$rx$bad_fcs_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$bad_fcs_r


module top$mac$rx$count(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$count


module top$mac$rx$crc(clock,start,valid,data,keep,fcs);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  valid;
    input wire  [63:0] data;
    input wire  [7:0] keep;
    output reg  [31:0] fcs;
    
    // Update code (custom)
    // Written by uzura-gateware's crc.rs from the CRC-32 polynomial; do not edit.
    wire [31:0] state = start ? 32'hffffffff : ~fcs;
    wire [31:0] after1;
    assign after1[0] = ^(state & 32'h00000104) ^ ^(data & 64'h0000000000000004);
    assign after1[1] = ^(state & 32'h00000209) ^ ^(data & 64'h0000000000000009);
    assign after1[2] = ^(state & 32'h00000413) ^ ^(data & 64'h0000000000000013);
    assign after1[3] = ^(state & 32'h00000826) ^ ^(data & 64'h0000000000000026);
    assign after1[4] = ^(state & 32'h0000104d) ^ ^(data & 64'h000000000000004d);
    assign after1[5] = ^(state & 32'h0000209a) ^ ^(data & 64'h000000000000009a);
    assign after1[6] = ^(state & 32'h00004030) ^ ^(data & 64'h0000000000000030);
    assign after1[7] = ^(state & 32'h00008061) ^ ^(data & 64'h0000000000000061);
    assign after1[8] = ^(state & 32'h000100c2) ^ ^(data & 64'h00000000000000c2);
    assign after1[9] = ^(state & 32'h00020080) ^ ^(data & 64'h0000000000000080);
    assign after1[10] = ^(state & 32'h00040004) ^ ^(data & 64'h0000000000000004);
    assign after1[11] = ^(state & 32'h00080008) ^ ^(data & 64'h0000000000000008);
    assign after1[12] = ^(state & 32'h00100011) ^ ^(data & 64'h0000000000000011);
    assign after1[13] = ^(state & 32'h00200023) ^ ^(data & 64'h0000000000000023);
    assign after1[14] = ^(state & 32'h00400046) ^ ^(data & 64'h0000000000000046);
    assign after1[15] = ^(state & 32'h0080008c) ^ ^(data & 64'h000000000000008c);
    assign after1[16] = ^(state & 32'h0100001d) ^ ^(data & 64'h000000000000001d);
    assign after1[17] = ^(state & 32'h0200003b) ^ ^(data & 64'h000000000000003b);
    assign after1[18] = ^(state & 32'h04000077) ^ ^(data & 64'h0000000000000077);
    assign after1[19] = ^(state & 32'h080000ee) ^ ^(data & 64'h00000000000000ee);
    assign after1[20] = ^(state & 32'h100000d8) ^ ^(data & 64'h00000000000000d8);
    assign after1[21] = ^(state & 32'h200000b4) ^ ^(data & 64'h00000000000000b4);
    assign after1[22] = ^(state & 32'h4000006c) ^ ^(data & 64'h000000000000006c);
    assign after1[23] = ^(state & 32'h800000d8) ^ ^(data & 64'h00000000000000d8);
    assign after1[24] = ^(state & 32'h000000b5) ^ ^(data & 64'h00000000000000b5);
    assign after1[25] = ^(state & 32'h0000006f) ^ ^(data & 64'h000000000000006f);
    assign after1[26] = ^(state & 32'h000000df) ^ ^(data & 64'h00000000000000df);
    assign after1[27] = ^(state & 32'h000000ba) ^ ^(data & 64'h00000000000000ba);
    assign after1[28] = ^(state & 32'h00000071) ^ ^(data & 64'h0000000000000071);
    assign after1[29] = ^(state & 32'h000000e3) ^ ^(data & 64'h00000000000000e3);
    assign after1[30] = ^(state & 32'h000000c3) ^ ^(data & 64'h00000000000000c3);
    assign after1[31] = ^(state & 32'h00000082) ^ ^(data & 64'h0000000000000082);
    wire [31:0] after2;
    assign after2[0] = ^(state & 32'h000104d1) ^ ^(data & 64'h00000000000004d1);
    assign after2[1] = ^(state & 32'h000209a2) ^ ^(data & 64'h00000000000009a2);
    assign after2[2] = ^(state & 32'h00041344) ^ ^(data & 64'h0000000000001344);
    assign after2[3] = ^(state & 32'h00082688) ^ ^(data & 64'h0000000000002688);
    assign after2[4] = ^(state & 32'h00104d10) ^ ^(data & 64'h0000000000004d10);
    assign after2[5] = ^(state & 32'h00209a20) ^ ^(data & 64'h0000000000009a20);
    assign after2[6] = ^(state & 32'h00403091) ^ ^(data & 64'h0000000000003091);
    assign after2[7] = ^(state & 32'h00806122) ^ ^(data & 64'h0000000000006122);
    assign after2[8] = ^(state & 32'h0100c245) ^ ^(data & 64'h000000000000c245);
    assign after2[9] = ^(state & 32'h0200805a) ^ ^(data & 64'h000000000000805a);
    assign after2[10] = ^(state & 32'h04000464) ^ ^(data & 64'h0000000000000464);
    assign after2[11] = ^(state & 32'h080008c8) ^ ^(data & 64'h00000000000008c8);
    assign after2[12] = ^(state & 32'h10001191) ^ ^(data & 64'h0000000000001191);
    assign after2[13] = ^(state & 32'h20002323) ^ ^(data & 64'h0000000000002323);
    assign after2[14] = ^(state & 32'h40004646) ^ ^(data & 64'h0000000000004646);
    assign after2[15] = ^(state & 32'h80008c8c) ^ ^(data & 64'h0000000000008c8c);
    assign after2[16] = ^(state & 32'h00001dc9) ^ ^(data & 64'h0000000000001dc9);
    assign after2[17] = ^(state & 32'h00003b93) ^ ^(data & 64'h0000000000003b93);
    assign after2[18] = ^(state & 32'h00007726) ^ ^(data & 64'h0000000000007726);
    assign after2[19] = ^(state & 32'h0000ee4d) ^ ^(data & 64'h000000000000ee4d);
    assign after2[20] = ^(state & 32'h0000d84b) ^ ^(data & 64'h000000000000d84b);
    assign after2[21] = ^(state & 32'h0000b446) ^ ^(data & 64'h000000000000b446);
    assign after2[22] = ^(state & 32'h00006c5c) ^ ^(data & 64'h0000000000006c5c);
    assign after2[23] = ^(state & 32'h0000d8b8) ^ ^(data & 64'h000000000000d8b8);
    assign after2[24] = ^(state & 32'h0000b5a1) ^ ^(data & 64'h000000000000b5a1);
    assign after2[25] = ^(state & 32'h00006f92) ^ ^(data & 64'h0000000000006f92);
    assign after2[26] = ^(state & 32'h0000df24) ^ ^(data & 64'h000000000000df24);
    assign after2[27] = ^(state & 32'h0000ba99) ^ ^(data & 64'h000000000000ba99);
    assign after2[28] = ^(state & 32'h000071e3) ^ ^(data & 64'h00000000000071e3);
    assign after2[29] = ^(state & 32'h0000e3c6) ^ ^(data & 64'h000000000000e3c6);
    assign after2[30] = ^(state & 32'h0000c35c) ^ ^(data & 64'h000000000000c35c);
    assign after2[31] = ^(state & 32'h00008268) ^ ^(data & 64'h0000000000008268);
    wire [31:0] after3;
    assign after3[0] = ^(state & 32'h0104d101) ^ ^(data & 64'h000000000004d101);
    assign after3[1] = ^(state & 32'h0209a203) ^ ^(data & 64'h000000000009a203);
    assign after3[2] = ^(state & 32'h04134407) ^ ^(data & 64'h0000000000134407);
    assign after3[3] = ^(state & 32'h0826880e) ^ ^(data & 64'h000000000026880e);
    assign after3[4] = ^(state & 32'h104d101d) ^ ^(data & 64'h00000000004d101d);
    assign after3[5] = ^(state & 32'h209a203b) ^ ^(data & 64'h00000000009a203b);
    assign after3[6] = ^(state & 32'h40309176) ^ ^(data & 64'h0000000000309176);
    assign after3[7] = ^(state & 32'h806122ec) ^ ^(data & 64'h00000000006122ec);
    assign after3[8] = ^(state & 32'h00c245d8) ^ ^(data & 64'h0000000000c245d8);
    assign after3[9] = ^(state & 32'h00805ab1) ^ ^(data & 64'h0000000000805ab1);
    assign after3[10] = ^(state & 32'h00046462) ^ ^(data & 64'h0000000000046462);
    assign after3[11] = ^(state & 32'h0008c8c5) ^ ^(data & 64'h000000000008c8c5);
    assign after3[12] = ^(state & 32'h0011918a) ^ ^(data & 64'h000000000011918a);
    assign after3[13] = ^(state & 32'h00232315) ^ ^(data & 64'h0000000000232315);
    assign after3[14] = ^(state & 32'h0046462b) ^ ^(data & 64'h000000000046462b);
    assign after3[15] = ^(state & 32'h008c8c56) ^ ^(data & 64'h00000000008c8c56);
    assign after3[16] = ^(state & 32'h001dc9ac) ^ ^(data & 64'h00000000001dc9ac);
    assign after3[17] = ^(state & 32'h003b9359) ^ ^(data & 64'h00000000003b9359);
    assign after3[18] = ^(state & 32'h007726b2) ^ ^(data & 64'h00000000007726b2);
    assign after3[19] = ^(state & 32'h00ee4d64) ^ ^(data & 64'h0000000000ee4d64);
    assign after3[20] = ^(state & 32'h00d84bc8) ^ ^(data & 64'h0000000000d84bc8);
    assign after3[21] = ^(state & 32'h00b44690) ^ ^(data & 64'h0000000000b44690);
    assign after3[22] = ^(state & 32'h006c5c21) ^ ^(data & 64'h00000000006c5c21);
    assign after3[23] = ^(state & 32'h00d8b843) ^ ^(data & 64'h0000000000d8b843);
    assign after3[24] = ^(state & 32'h00b5a187) ^ ^(data & 64'h0000000000b5a187);
    assign after3[25] = ^(state & 32'h006f920e) ^ ^(data & 64'h00000000006f920e);
    assign after3[26] = ^(state & 32'h00df241c) ^ ^(data & 64'h0000000000df241c);
    assign after3[27] = ^(state & 32'h00ba9938) ^ ^(data & 64'h0000000000ba9938);
    assign after3[28] = ^(state & 32'h0071e370) ^ ^(data & 64'h000000000071e370);
    assign after3[29] = ^(state & 32'h00e3c6e0) ^ ^(data & 64'h0000000000e3c6e0);
    assign after3[30] = ^(state & 32'h00c35cc0) ^ ^(data & 64'h0000000000c35cc0);
    assign after3[31] = ^(state & 32'h00826880) ^ ^(data & 64'h0000000000826880);
    wire [31:0] after4;
    assign after4[0] = ^(state & 32'h04d101df) ^ ^(data & 64'h0000000004d101df);
    assign after4[1] = ^(state & 32'h09a203be) ^ ^(data & 64'h0000000009a203be);
    assign after4[2] = ^(state & 32'h1344077d) ^ ^(data & 64'h000000001344077d);
    assign after4[3] = ^(state & 32'h26880efa) ^ ^(data & 64'h0000000026880efa);
    assign after4[4] = ^(state & 32'h4d101df4) ^ ^(data & 64'h000000004d101df4);
    assign after4[5] = ^(state & 32'h9a203be9) ^ ^(data & 64'h000000009a203be9);
    assign after4[6] = ^(state & 32'h3091760d) ^ ^(data & 64'h000000003091760d);
    assign after4[7] = ^(state & 32'h6122ec1a) ^ ^(data & 64'h000000006122ec1a);
    assign after4[8] = ^(state & 32'hc245d835) ^ ^(data & 64'h00000000c245d835);
    assign after4[9] = ^(state & 32'h805ab1b5) ^ ^(data & 64'h00000000805ab1b5);
    assign after4[10] = ^(state & 32'h046462b5) ^ ^(data & 64'h00000000046462b5);
    assign after4[11] = ^(state & 32'h08c8c56a) ^ ^(data & 64'h0000000008c8c56a);
    assign after4[12] = ^(state & 32'h11918ad4) ^ ^(data & 64'h0000000011918ad4);
    assign after4[13] = ^(state & 32'h232315a9) ^ ^(data & 64'h00000000232315a9);
    assign after4[14] = ^(state & 32'h46462b53) ^ ^(data & 64'h0000000046462b53);
    assign after4[15] = ^(state & 32'h8c8c56a6) ^ ^(data & 64'h000000008c8c56a6);
    assign after4[16] = ^(state & 32'h1dc9ac92) ^ ^(data & 64'h000000001dc9ac92);
    assign after4[17] = ^(state & 32'h3b935924) ^ ^(data & 64'h000000003b935924);
    assign after4[18] = ^(state & 32'h7726b249) ^ ^(data & 64'h000000007726b249);
    assign after4[19] = ^(state & 32'hee4d6493) ^ ^(data & 64'h00000000ee4d6493);
    assign after4[20] = ^(state & 32'hd84bc8f9) ^ ^(data & 64'h00000000d84bc8f9);
    assign after4[21] = ^(state & 32'hb446902d) ^ ^(data & 64'h00000000b446902d);
    assign after4[22] = ^(state & 32'h6c5c2184) ^ ^(data & 64'h000000006c5c2184);
    assign after4[23] = ^(state & 32'hd8b84309) ^ ^(data & 64'h00000000d8b84309);
    assign after4[24] = ^(state & 32'hb5a187cc) ^ ^(data & 64'h00000000b5a187cc);
    assign after4[25] = ^(state & 32'h6f920e46) ^ ^(data & 64'h000000006f920e46);
    assign after4[26] = ^(state & 32'hdf241c8c) ^ ^(data & 64'h00000000df241c8c);
    assign after4[27] = ^(state & 32'hba9938c7) ^ ^(data & 64'h00000000ba9938c7);
    assign after4[28] = ^(state & 32'h71e37051) ^ ^(data & 64'h0000000071e37051);
    assign after4[29] = ^(state & 32'he3c6e0a3) ^ ^(data & 64'h00000000e3c6e0a3);
    assign after4[30] = ^(state & 32'hc35cc098) ^ ^(data & 64'h00000000c35cc098);
    assign after4[31] = ^(state & 32'h826880ef) ^ ^(data & 64'h00000000826880ef);
    wire [31:0] after5;
    assign after5[0] = ^(state & 32'hd101df48) ^ ^(data & 64'h00000004d101df48);
    assign after5[1] = ^(state & 32'ha203be90) ^ ^(data & 64'h00000009a203be90);
    assign after5[2] = ^(state & 32'h44077d20) ^ ^(data & 64'h0000001344077d20);
    assign after5[3] = ^(state & 32'h880efa40) ^ ^(data & 64'h00000026880efa40);
    assign after5[4] = ^(state & 32'h101df481) ^ ^(data & 64'h0000004d101df481);
    assign after5[5] = ^(state & 32'h203be903) ^ ^(data & 64'h0000009a203be903);
    assign after5[6] = ^(state & 32'h91760d4e) ^ ^(data & 64'h0000003091760d4e);
    assign after5[7] = ^(state & 32'h22ec1a9d) ^ ^(data & 64'h0000006122ec1a9d);
    assign after5[8] = ^(state & 32'h45d8353b) ^ ^(data & 64'h000000c245d8353b);
    assign after5[9] = ^(state & 32'h5ab1b53e) ^ ^(data & 64'h000000805ab1b53e);
    assign after5[10] = ^(state & 32'h6462b534) ^ ^(data & 64'h000000046462b534);
    assign after5[11] = ^(state & 32'hc8c56a69) ^ ^(data & 64'h00000008c8c56a69);
    assign after5[12] = ^(state & 32'h918ad4d2) ^ ^(data & 64'h00000011918ad4d2);
    assign after5[13] = ^(state & 32'h2315a9a5) ^ ^(data & 64'h000000232315a9a5);
    assign after5[14] = ^(state & 32'h462b534a) ^ ^(data & 64'h00000046462b534a);
    assign after5[15] = ^(state & 32'h8c56a694) ^ ^(data & 64'h0000008c8c56a694);
    assign after5[16] = ^(state & 32'hc9ac9260) ^ ^(data & 64'h0000001dc9ac9260);
    assign after5[17] = ^(state & 32'h935924c0) ^ ^(data & 64'h0000003b935924c0);
    assign after5[18] = ^(state & 32'h26b24980) ^ ^(data & 64'h0000007726b24980);
    assign after5[19] = ^(state & 32'h4d649300) ^ ^(data & 64'h000000ee4d649300);
    assign after5[20] = ^(state & 32'h4bc8f948) ^ ^(data & 64'h000000d84bc8f948);
    assign after5[21] = ^(state & 32'h46902dd9) ^ ^(data & 64'h000000b446902dd9);
    assign after5[22] = ^(state & 32'h5c2184fb) ^ ^(data & 64'h0000006c5c2184fb);
    assign after5[23] = ^(state & 32'hb84309f6) ^ ^(data & 64'h000000d8b84309f6);
    assign after5[24] = ^(state & 32'ha187cca5) ^ ^(data & 64'h000000b5a187cca5);
    assign after5[25] = ^(state & 32'h920e4602) ^ ^(data & 64'h0000006f920e4602);
    assign after5[26] = ^(state & 32'h241c8c05) ^ ^(data & 64'h000000df241c8c05);
    assign after5[27] = ^(state & 32'h9938c743) ^ ^(data & 64'h000000ba9938c743);
    assign after5[28] = ^(state & 32'he37051cf) ^ ^(data & 64'h00000071e37051cf);
    assign after5[29] = ^(state & 32'hc6e0a39f) ^ ^(data & 64'h000000e3c6e0a39f);
    assign after5[30] = ^(state & 32'h5cc09876) ^ ^(data & 64'h000000c35cc09876);
    assign after5[31] = ^(state & 32'h6880efa4) ^ ^(data & 64'h000000826880efa4);
    wire [31:0] after6;
    assign after6[0] = ^(state & 32'h01df481b) ^ ^(data & 64'h000004d101df481b);
    assign after6[1] = ^(state & 32'h03be9036) ^ ^(data & 64'h000009a203be9036);
    assign after6[2] = ^(state & 32'h077d206d) ^ ^(data & 64'h00001344077d206d);
    assign after6[3] = ^(state & 32'h0efa40da) ^ ^(data & 64'h000026880efa40da);
    assign after6[4] = ^(state & 32'h1df481b4) ^ ^(data & 64'h00004d101df481b4);
    assign after6[5] = ^(state & 32'h3be90369) ^ ^(data & 64'h00009a203be90369);
    assign after6[6] = ^(state & 32'h760d4ec8) ^ ^(data & 64'h00003091760d4ec8);
    assign after6[7] = ^(state & 32'hec1a9d91) ^ ^(data & 64'h00006122ec1a9d91);
    assign after6[8] = ^(state & 32'hd8353b23) ^ ^(data & 64'h0000c245d8353b23);
    assign after6[9] = ^(state & 32'hb1b53e5d) ^ ^(data & 64'h0000805ab1b53e5d);
    assign after6[10] = ^(state & 32'h62b534a0) ^ ^(data & 64'h0000046462b534a0);
    assign after6[11] = ^(state & 32'hc56a6940) ^ ^(data & 64'h000008c8c56a6940);
    assign after6[12] = ^(state & 32'h8ad4d281) ^ ^(data & 64'h000011918ad4d281);
    assign after6[13] = ^(state & 32'h15a9a502) ^ ^(data & 64'h0000232315a9a502);
    assign after6[14] = ^(state & 32'h2b534a05) ^ ^(data & 64'h000046462b534a05);
    assign after6[15] = ^(state & 32'h56a6940b) ^ ^(data & 64'h00008c8c56a6940b);
    assign after6[16] = ^(state & 32'hac92600c) ^ ^(data & 64'h00001dc9ac92600c);
    assign after6[17] = ^(state & 32'h5924c018) ^ ^(data & 64'h00003b935924c018);
    assign after6[18] = ^(state & 32'hb2498031) ^ ^(data & 64'h00007726b2498031);
    assign after6[19] = ^(state & 32'h64930063) ^ ^(data & 64'h0000ee4d64930063);
    assign after6[20] = ^(state & 32'hc8f948dd) ^ ^(data & 64'h0000d84bc8f948dd);
    assign after6[21] = ^(state & 32'h902dd9a0) ^ ^(data & 64'h0000b446902dd9a0);
    assign after6[22] = ^(state & 32'h2184fb5b) ^ ^(data & 64'h00006c5c2184fb5b);
    assign after6[23] = ^(state & 32'h4309f6b6) ^ ^(data & 64'h0000d8b84309f6b6);
    assign after6[24] = ^(state & 32'h87cca577) ^ ^(data & 64'h0000b5a187cca577);
    assign after6[25] = ^(state & 32'h0e4602f5) ^ ^(data & 64'h00006f920e4602f5);
    assign after6[26] = ^(state & 32'h1c8c05ea) ^ ^(data & 64'h0000df241c8c05ea);
    assign after6[27] = ^(state & 32'h38c743cf) ^ ^(data & 64'h0000ba9938c743cf);
    assign after6[28] = ^(state & 32'h7051cf84) ^ ^(data & 64'h000071e37051cf84);
    assign after6[29] = ^(state & 32'he0a39f08) ^ ^(data & 64'h0000e3c6e0a39f08);
    assign after6[30] = ^(state & 32'hc098760b) ^ ^(data & 64'h0000c35cc098760b);
    assign after6[31] = ^(state & 32'h80efa40d) ^ ^(data & 64'h0000826880efa40d);
    wire [31:0] after7;
    assign after7[0] = ^(state & 32'hdf481b4e) ^ ^(data & 64'h0004d101df481b4e);
    assign after7[1] = ^(state & 32'hbe90369c) ^ ^(data & 64'h0009a203be90369c);
    assign after7[2] = ^(state & 32'h7d206d39) ^ ^(data & 64'h001344077d206d39);
    assign after7[3] = ^(state & 32'hfa40da72) ^ ^(data & 64'h0026880efa40da72);
    assign after7[4] = ^(state & 32'hf481b4e5) ^ ^(data & 64'h004d101df481b4e5);
    assign after7[5] = ^(state & 32'he90369cb) ^ ^(data & 64'h009a203be90369cb);
    assign after7[6] = ^(state & 32'h0d4ec8d8) ^ ^(data & 64'h003091760d4ec8d8);
    assign after7[7] = ^(state & 32'h1a9d91b1) ^ ^(data & 64'h006122ec1a9d91b1);
    assign after7[8] = ^(state & 32'h353b2363) ^ ^(data & 64'h00c245d8353b2363);
    assign after7[9] = ^(state & 32'hb53e5d89) ^ ^(data & 64'h00805ab1b53e5d89);
    assign after7[10] = ^(state & 32'hb534a05c) ^ ^(data & 64'h00046462b534a05c);
    assign after7[11] = ^(state & 32'h6a6940b9) ^ ^(data & 64'h0008c8c56a6940b9);
    assign after7[12] = ^(state & 32'hd4d28172) ^ ^(data & 64'h0011918ad4d28172);
    assign after7[13] = ^(state & 32'ha9a502e4) ^ ^(data & 64'h00232315a9a502e4);
    assign after7[14] = ^(state & 32'h534a05c8) ^ ^(data & 64'h0046462b534a05c8);
    assign after7[15] = ^(state & 32'ha6940b90) ^ ^(data & 64'h008c8c56a6940b90);
    assign after7[16] = ^(state & 32'h92600c6f) ^ ^(data & 64'h001dc9ac92600c6f);
    assign after7[17] = ^(state & 32'h24c018df) ^ ^(data & 64'h003b935924c018df);
    assign after7[18] = ^(state & 32'h498031bf) ^ ^(data & 64'h007726b2498031bf);
    assign after7[19] = ^(state & 32'h9300637e) ^ ^(data & 64'h00ee4d649300637e);
    assign after7[20] = ^(state & 32'hf948ddb3) ^ ^(data & 64'h00d84bc8f948ddb3);
    assign after7[21] = ^(state & 32'h2dd9a029) ^ ^(data & 64'h00b446902dd9a029);
    assign after7[22] = ^(state & 32'h84fb5b1d) ^ ^(data & 64'h006c5c2184fb5b1d);
    assign after7[23] = ^(state & 32'h09f6b63a) ^ ^(data & 64'h00d8b84309f6b63a);
    assign after7[24] = ^(state & 32'hcca5773a) ^ ^(data & 64'h00b5a187cca5773a);
    assign after7[25] = ^(state & 32'h4602f53b) ^ ^(data & 64'h006f920e4602f53b);
    assign after7[26] = ^(state & 32'h8c05ea77) ^ ^(data & 64'h00df241c8c05ea77);
    assign after7[27] = ^(state & 32'hc743cfa0) ^ ^(data & 64'h00ba9938c743cfa0);
    assign after7[28] = ^(state & 32'h51cf840e) ^ ^(data & 64'h0071e37051cf840e);
    assign after7[29] = ^(state & 32'ha39f081d) ^ ^(data & 64'h00e3c6e0a39f081d);
    assign after7[30] = ^(state & 32'h98760b74) ^ ^(data & 64'h00c35cc098760b74);
    assign after7[31] = ^(state & 32'hefa40da7) ^ ^(data & 64'h00826880efa40da7);
    wire [31:0] after8;
    assign after8[0] = ^(state & 32'h481b4e5a) ^ ^(data & 64'h04d101df481b4e5a);
    assign after8[1] = ^(state & 32'h90369cb5) ^ ^(data & 64'h09a203be90369cb5);
    assign after8[2] = ^(state & 32'h206d396b) ^ ^(data & 64'h1344077d206d396b);
    assign after8[3] = ^(state & 32'h40da72d7) ^ ^(data & 64'h26880efa40da72d7);
    assign after8[4] = ^(state & 32'h81b4e5af) ^ ^(data & 64'h4d101df481b4e5af);
    assign after8[5] = ^(state & 32'h0369cb5e) ^ ^(data & 64'h9a203be90369cb5e);
    assign after8[6] = ^(state & 32'h4ec8d8e6) ^ ^(data & 64'h3091760d4ec8d8e6);
    assign after8[7] = ^(state & 32'h9d91b1cd) ^ ^(data & 64'h6122ec1a9d91b1cd);
    assign after8[8] = ^(state & 32'h3b23639a) ^ ^(data & 64'hc245d8353b23639a);
    assign after8[9] = ^(state & 32'h3e5d896e) ^ ^(data & 64'h805ab1b53e5d896e);
    assign after8[10] = ^(state & 32'h34a05c86) ^ ^(data & 64'h046462b534a05c86);
    assign after8[11] = ^(state & 32'h6940b90c) ^ ^(data & 64'h08c8c56a6940b90c);
    assign after8[12] = ^(state & 32'hd2817218) ^ ^(data & 64'h11918ad4d2817218);
    assign after8[13] = ^(state & 32'ha502e430) ^ ^(data & 64'h232315a9a502e430);
    assign after8[14] = ^(state & 32'h4a05c860) ^ ^(data & 64'h46462b534a05c860);
    assign after8[15] = ^(state & 32'h940b90c0) ^ ^(data & 64'h8c8c56a6940b90c0);
    assign after8[16] = ^(state & 32'h600c6fda) ^ ^(data & 64'h1dc9ac92600c6fda);
    assign after8[17] = ^(state & 32'hc018dfb5) ^ ^(data & 64'h3b935924c018dfb5);
    assign after8[18] = ^(state & 32'h8031bf6a) ^ ^(data & 64'h7726b2498031bf6a);
    assign after8[19] = ^(state & 32'h00637ed5) ^ ^(data & 64'hee4d649300637ed5);
    assign after8[20] = ^(state & 32'h48ddb3f0) ^ ^(data & 64'hd84bc8f948ddb3f0);
    assign after8[21] = ^(state & 32'hd9a029bb) ^ ^(data & 64'hb446902dd9a029bb);
    assign after8[22] = ^(state & 32'hfb5b1d2c) ^ ^(data & 64'h6c5c2184fb5b1d2c);
    assign after8[23] = ^(state & 32'hf6b63a59) ^ ^(data & 64'hd8b84309f6b63a59);
    assign after8[24] = ^(state & 32'ha5773ae8) ^ ^(data & 64'hb5a187cca5773ae8);
    assign after8[25] = ^(state & 32'h02f53b8a) ^ ^(data & 64'h6f920e4602f53b8a);
    assign after8[26] = ^(state & 32'h05ea7715) ^ ^(data & 64'hdf241c8c05ea7715);
    assign after8[27] = ^(state & 32'h43cfa071) ^ ^(data & 64'hba9938c743cfa071);
    assign after8[28] = ^(state & 32'hcf840eb8) ^ ^(data & 64'h71e37051cf840eb8);
    assign after8[29] = ^(state & 32'h9f081d70) ^ ^(data & 64'he3c6e0a39f081d70);
    assign after8[30] = ^(state & 32'h760b74bb) ^ ^(data & 64'hc35cc098760b74bb);
    assign after8[31] = ^(state & 32'ha40da72d) ^ ^(data & 64'h826880efa40da72d);
    initial begin
       fcs = 32'h0;
    end
    
    always @(posedge clock) begin
       if (valid) begin
          case (keep)
             8'h01: fcs <= ~after1;
             8'h03: fcs <= ~after2;
             8'h07: fcs <= ~after3;
             8'h0f: fcs <= ~after4;
             8'h1f: fcs <= ~after5;
             8'h3f: fcs <= ~after6;
             8'h7f: fcs <= ~after7;
             default: fcs <= ~after8;
          endcase
       end
    end
endmodule // top$mac$rx$crc


module top$mac$rx$data_r(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$data_r


module top$mac$rx$error_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$error_r


module top$mac$rx$frames_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$frames_r


module top$mac$rx$got_pause(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$got_pause


module top$mac$rx$got_unsupported(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$got_unsupported


module top$mac$rx$hold(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$hold


module top$mac$rx$hold_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$hold_keep


module top$mac$rx$hold_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$hold_valid


module top$mac$rx$in_frame(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$in_frame


module top$mac$rx$is_bad(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_bad


module top$mac$rx$is_ctl(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_ctl


module top$mac$rx$is_good(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_good


module top$mac$rx$is_over(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_over


module top$mac$rx$is_pause(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_pause


module top$mac$rx$is_runt(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$is_runt


module top$mac$rx$keep_r(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$keep_r


module top$mac$rx$last_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$last_r


module top$mac$rx$over_f(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$over_f


module top$mac$rx$oversize_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$oversize_r


module top$mac$rx$pause_dst(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$pause_dst


module top$mac$rx$pause_load_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$pause_load_r


module top$mac$rx$pause_quanta_r(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$pause_quanta_r


module top$mac$rx$pause_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$pause_r


module top$mac$rx$quanta(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$quanta


module top$mac$rx$runt_f(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$runt_f


module top$mac$rx$runt_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$runt_r


module top$mac$rx$shifted(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$shifted


module top$mac$rx$short_f(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$short_f


module top$mac$rx$tail(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$tail


module top$mac$rx$tail_k(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$tail_k


module top$mac$rx$unsupported_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$unsupported_r


module top$mac$rx$valid_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$valid_r


module top$mac$rx$w_c(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$w_c


module top$mac$rx$w_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$w_d


module top$mac$rx$w_start0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$w_start0


module top$mac$rx$w_start4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$w_start4


module top$mac$rx$widx(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$rx$widx


module top$mac$tx(clock,data,keep,valid,last,ready,txd,txc,pause_quanta,pause_load,pause_enable,paused,send_pause,send_pause_quanta,station,fault_local,fault_remote);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] data;
    input wire  [7:0] keep;
    input wire  valid;
    input wire  last;
    output reg  ready;
    output reg  [63:0] txd;
    output reg  [7:0] txc;
    input wire  [15:0] pause_quanta;
    input wire  pause_load;
    input wire  pause_enable;
    output reg  paused;
    input wire  send_pause;
    input wire  [15:0] send_pause_quanta;
    input wire  [47:0] station;
    input wire  fault_local;
    input wire  fault_remote;
    
    // Constant declarations
    localparam  pause_w0 = 64'h10000c28001;
    localparam  pause_w1 = 64'h100088800000000;
    localparam  pad_last_idx = 4'h7;
    localparam  pad_last_bytes = 4'h4;
    localparam  start_word = 64'hd5555555555555fb;
    localparam  idle_word = 64'h707070707070707;
    localparam  remote_fault_word = 64'h200009c0200009c;
    localparam  fault_ctrl = 8'h11;
    localparam  error_word = 64'hfefefefefefefefe;
    localparam  zero64 = 64'h0;
    localparam  byte_ones = 64'hff;
    localparam  pad_last_keep = 8'hf;
    localparam  idle128 = 128'h7070707070707070707070707070707;
    localparam  term128 = 128'hfd;
    localparam  ones16 = 16'hffff;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$Start = 1;
    localparam TxState$Data = 2;
    localparam TxState$Last = 3;
    localparam TxState$TailHi = 4;
    
    // Stub signals
    wire crc$clock;
    reg  crc$start;
    reg  crc$valid;
    reg  [63:0] crc$data;
    reg  [7:0] crc$keep;
    wire  [31:0] crc$fcs;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    wire state$clock;
    reg  [3:0] widx$d;
    wire  [3:0] widx$q;
    wire widx$clock;
    reg  from_pause$d;
    wire  from_pause$q;
    wire from_pause$clock;
    reg  padding$d;
    wire  padding$q;
    wire padding$clock;
    reg  done$d;
    wire  done$q;
    wire done$clock;
    reg  [63:0] s1_data$d;
    wire  [63:0] s1_data$q;
    wire s1_data$clock;
    reg  [3:0] s1_bytes$d;
    wire  [3:0] s1_bytes$q;
    wire s1_bytes$clock;
    reg  [7:0] s1_keep$d;
    wire  [7:0] s1_keep$q;
    wire s1_keep$clock;
    reg  s1_first$d;
    wire  s1_first$q;
    wire s1_first$clock;
    reg  s1_last$d;
    wire  s1_last$q;
    wire s1_last$clock;
    reg  s1_poison$d;
    wire  s1_poison$q;
    wire s1_poison$clock;
    reg  s1_valid$d;
    wire  s1_valid$q;
    wire s1_valid$clock;
    reg  [63:0] s2_data$d;
    wire  [63:0] s2_data$q;
    wire s2_data$clock;
    reg  [3:0] s2_bytes$d;
    wire  [3:0] s2_bytes$q;
    wire s2_bytes$clock;
    reg  s2_poison$d;
    wire  s2_poison$q;
    wire s2_poison$clock;
    reg  [63:0] tail_hi$d;
    wire  [63:0] tail_hi$q;
    wire tail_hi$clock;
    reg  [7:0] tail_hic$d;
    wire  [7:0] tail_hic$q;
    wire tail_hic$clock;
    reg  [63:0] out_d$d;
    wire  [63:0] out_d$q;
    wire out_d$clock;
    reg  [7:0] out_c$d;
    wire  [7:0] out_c$q;
    wire out_c$clock;
    reg  pend$d;
    wire  pend$q;
    wire pend$clock;
    reg  [15:0] pend_quanta$d;
    wire  [15:0] pend_quanta$q;
    wire pend_quanta$clock;
    reg  [15:0] cur_quanta$d;
    wire  [15:0] cur_quanta$q;
    wire cur_quanta$clock;
    reg  [15:0] quanta_left$d;
    wire  [15:0] quanta_left$q;
    wire quanta_left$clock;
    reg  [2:0] tick$d;
    wire  [2:0] tick$q;
    wire tick$clock;
    reg  paused_r$d;
    wire  paused_r$q;
    wire paused_r$clock;
    reg  fault_r$d;
    wire  fault_r$q;
    wire fault_r$clock;
    reg  hold_r$d;
    wire  hold_r$q;
    wire hold_r$clock;
    reg  late$d;
    wire  late$q;
    wire late$clock;
    reg  [1:0] dic$d;
    wire  [1:0] dic$q;
    wire dic$clock;
    reg  idle_req$d;
    wire  idle_req$q;
    wire idle_req$clock;
    reg  next_lane4$d;
    wire  next_lane4$q;
    wire next_lane4$clock;
    reg  out_lane4$d;
    wire  out_lane4$q;
    wire out_lane4$clock;
    reg  [31:0] carry_d$d;
    wire  [31:0] carry_d$q;
    wire carry_d$clock;
    reg  [3:0] carry_c$d;
    wire  [3:0] carry_c$q;
    wire carry_c$clock;
    reg  [63:0] wire_d$d;
    wire  [63:0] wire_d$q;
    wire wire_d$clock;
    reg  [7:0] wire_c$d;
    wire  [7:0] wire_c$q;
    wire wire_c$clock;
    reg  [63:0] gen_word$d;
    wire  [63:0] gen_word$q;
    wire gen_word$clock;
    
    // Local signals
    reg  open;
    reg  [2:0] dic_sum;
    reg  dic_back;
    reg  [1:0] next_halves;
    reg  src_pause;
    reg  src_gen;
    reg  fetch;
    reg  [63:0] f_data;
    reg  [3:0] f_bytes;
    reg  f_last;
    reg  f_poison;
    reg  f_pad;
    reg  [7:0] f_keep;
    reg  [3:0] host_bytes;
    reg  [7:0] host_keep;
    reg  [7:0] host_lanes;
    reg  [63:0] host_mask;
    reg  [3:0] gen_idx;
    reg  [63:0] pause_word;
    reg  [6:0] t_shift;
    reg  [127:0] tail;
    reg  [15:0] tail_c;
    
    // Sub module instances
    top$mac$tx$crc crc(
        .clock(crc$clock),
        .start(crc$start),
        .valid(crc$valid),
        .data(crc$data),
        .keep(crc$keep),
        .fcs(crc$fcs)
    );
    top$mac$tx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$mac$tx$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    top$mac$tx$from_pause from_pause(
        .d(from_pause$d),
        .q(from_pause$q),
        .clock(from_pause$clock)
    );
    top$mac$tx$padding padding(
        .d(padding$d),
        .q(padding$q),
        .clock(padding$clock)
    );
    top$mac$tx$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$mac$tx$s1_data s1_data(
        .d(s1_data$d),
        .q(s1_data$q),
        .clock(s1_data$clock)
    );
    top$mac$tx$s1_bytes s1_bytes(
        .d(s1_bytes$d),
        .q(s1_bytes$q),
        .clock(s1_bytes$clock)
    );
    top$mac$tx$s1_keep s1_keep(
        .d(s1_keep$d),
        .q(s1_keep$q),
        .clock(s1_keep$clock)
    );
    top$mac$tx$s1_first s1_first(
        .d(s1_first$d),
        .q(s1_first$q),
        .clock(s1_first$clock)
    );
    top$mac$tx$s1_last s1_last(
        .d(s1_last$d),
        .q(s1_last$q),
        .clock(s1_last$clock)
    );
    top$mac$tx$s1_poison s1_poison(
        .d(s1_poison$d),
        .q(s1_poison$q),
        .clock(s1_poison$clock)
    );
    top$mac$tx$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$mac$tx$s2_data s2_data(
        .d(s2_data$d),
        .q(s2_data$q),
        .clock(s2_data$clock)
    );
    top$mac$tx$s2_bytes s2_bytes(
        .d(s2_bytes$d),
        .q(s2_bytes$q),
        .clock(s2_bytes$clock)
    );
    top$mac$tx$s2_poison s2_poison(
        .d(s2_poison$d),
        .q(s2_poison$q),
        .clock(s2_poison$clock)
    );
    top$mac$tx$tail_hi tail_hi(
        .d(tail_hi$d),
        .q(tail_hi$q),
        .clock(tail_hi$clock)
    );
    top$mac$tx$tail_hic tail_hic(
        .d(tail_hic$d),
        .q(tail_hic$q),
        .clock(tail_hic$clock)
    );
    top$mac$tx$out_d out_d(
        .d(out_d$d),
        .q(out_d$q),
        .clock(out_d$clock)
    );
    top$mac$tx$out_c out_c(
        .d(out_c$d),
        .q(out_c$q),
        .clock(out_c$clock)
    );
    top$mac$tx$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$mac$tx$pend_quanta pend_quanta(
        .d(pend_quanta$d),
        .q(pend_quanta$q),
        .clock(pend_quanta$clock)
    );
    top$mac$tx$cur_quanta cur_quanta(
        .d(cur_quanta$d),
        .q(cur_quanta$q),
        .clock(cur_quanta$clock)
    );
    top$mac$tx$quanta_left quanta_left(
        .d(quanta_left$d),
        .q(quanta_left$q),
        .clock(quanta_left$clock)
    );
    top$mac$tx$tick tick(
        .d(tick$d),
        .q(tick$q),
        .clock(tick$clock)
    );
    top$mac$tx$paused_r paused_r(
        .d(paused_r$d),
        .q(paused_r$q),
        .clock(paused_r$clock)
    );
    top$mac$tx$fault_r fault_r(
        .d(fault_r$d),
        .q(fault_r$q),
        .clock(fault_r$clock)
    );
    top$mac$tx$hold_r hold_r(
        .d(hold_r$d),
        .q(hold_r$q),
        .clock(hold_r$clock)
    );
    top$mac$tx$late late(
        .d(late$d),
        .q(late$q),
        .clock(late$clock)
    );
    top$mac$tx$dic dic(
        .d(dic$d),
        .q(dic$q),
        .clock(dic$clock)
    );
    top$mac$tx$idle_req idle_req(
        .d(idle_req$d),
        .q(idle_req$q),
        .clock(idle_req$clock)
    );
    top$mac$tx$next_lane4 next_lane4(
        .d(next_lane4$d),
        .q(next_lane4$q),
        .clock(next_lane4$clock)
    );
    top$mac$tx$out_lane4 out_lane4(
        .d(out_lane4$d),
        .q(out_lane4$q),
        .clock(out_lane4$clock)
    );
    top$mac$tx$carry_d carry_d(
        .d(carry_d$d),
        .q(carry_d$q),
        .clock(carry_d$clock)
    );
    top$mac$tx$carry_c carry_c(
        .d(carry_c$d),
        .q(carry_c$q),
        .clock(carry_c$clock)
    );
    top$mac$tx$wire_d wire_d(
        .d(wire_d$d),
        .q(wire_d$q),
        .clock(wire_d$clock)
    );
    top$mac$tx$wire_c wire_c(
        .d(wire_c$d),
        .q(wire_c$q),
        .clock(wire_c$clock)
    );
    top$mac$tx$gen_word gen_word(
        .d(gen_word$d),
        .q(gen_word$q),
        .clock(gen_word$clock)
    );
    
    // Update code
    assign state$clock = clock;
    assign widx$clock = clock;
    assign from_pause$clock = clock;
    assign padding$clock = clock;
    assign done$clock = clock;
    assign s1_data$clock = clock;
    assign s1_bytes$clock = clock;
    assign s1_keep$clock = clock;
    assign s1_first$clock = clock;
    assign s1_last$clock = clock;
    assign s1_poison$clock = clock;
    assign s1_valid$clock = clock;
    assign s2_data$clock = clock;
    assign s2_bytes$clock = clock;
    assign s2_poison$clock = clock;
    assign tail_hi$clock = clock;
    assign tail_hic$clock = clock;
    assign out_d$clock = clock;
    assign out_c$clock = clock;
    assign pend$clock = clock;
    assign gen_word$clock = clock;
    assign pend_quanta$clock = clock;
    assign cur_quanta$clock = clock;
    assign quanta_left$clock = clock;
    assign tick$clock = clock;
    assign paused_r$clock = clock;
    assign fault_r$clock = clock;
    assign hold_r$clock = clock;
    assign late$clock = clock;
    assign dic$clock = clock;
    assign idle_req$clock = clock;
    assign next_lane4$clock = clock;
    assign out_lane4$clock = clock;
    assign carry_d$clock = clock;
    assign carry_c$clock = clock;
    assign wire_d$clock = clock;
    assign wire_c$clock = clock;
    assign crc$clock = clock;
    
    always @(*) begin
        state$d = state$q;
        widx$d = widx$q;
        from_pause$d = from_pause$q;
        padding$d = padding$q;
        done$d = done$q;
        s1_data$d = s1_data$q;
        s1_bytes$d = s1_bytes$q;
        s1_keep$d = s1_keep$q;
        s1_first$d = s1_first$q;
        s1_last$d = s1_last$q;
        s1_poison$d = s1_poison$q;
        s1_valid$d = s1_valid$q;
        s2_data$d = s2_data$q;
        s2_bytes$d = s2_bytes$q;
        s2_poison$d = s2_poison$q;
        tail_hi$d = tail_hi$q;
        tail_hic$d = tail_hic$q;
        out_d$d = out_d$q;
        out_c$d = out_c$q;
        pend$d = pend$q;
        gen_word$d = gen_word$q;
        pend_quanta$d = pend_quanta$q;
        cur_quanta$d = cur_quanta$q;
        quanta_left$d = quanta_left$q;
        tick$d = tick$q;
        paused_r$d = paused_r$q;
        fault_r$d = fault_r$q;
        hold_r$d = hold_r$q;
        late$d = late$q;
        dic$d = dic$q;
        idle_req$d = idle_req$q;
        next_lane4$d = next_lane4$q;
        out_lane4$d = out_lane4$q;
        carry_d$d = carry_d$q;
        carry_c$d = carry_c$q;
        wire_d$d = wire_d$q;
        wire_c$d = wire_c$q;
        txd = wire_d$q;
        txc = wire_c$q;
        paused = paused_r$q;
        if (~pause_enable) begin
            quanta_left$d = 32'h0;
            paused_r$d = 1'b0;
        end
        else if (pause_load) begin
            quanta_left$d = pause_quanta;
            tick$d = 32'h0;
            paused_r$d = |pause_quanta;
        end
        else if (|quanta_left$q) begin
            tick$d = tick$q + 32'h1;
            if (&tick$q) begin
                quanta_left$d = quanta_left$q - 32'h1;
                if (quanta_left$q == 32'h1) begin
                    paused_r$d = 1'b0;
                end
            end
        end
        fault_r$d = fault_local | fault_remote;
        hold_r$d = paused_r$d | fault_local | fault_remote;
        host_bytes = 32'h8;
        host_keep = 32'hff;
        if (last) begin
            if (keep[32'h7]) begin
                host_bytes = 32'h8;
                host_keep = 32'hff;
            end
            else if (keep[32'h6]) begin
                host_bytes = 32'h7;
                host_keep = 32'h7f;
            end
            else if (keep[32'h5]) begin
                host_bytes = 32'h6;
                host_keep = 32'h3f;
            end
            else if (keep[32'h4]) begin
                host_bytes = 32'h5;
                host_keep = 32'h1f;
            end
            else if (keep[32'h3]) begin
                host_bytes = 32'h4;
                host_keep = 32'hf;
            end
            else if (keep[32'h2]) begin
                host_bytes = 32'h3;
                host_keep = 32'h7;
            end
            else if (keep[32'h1]) begin
                host_bytes = 32'h2;
                host_keep = 32'h3;
            end
            else if (keep[32'h0]) begin
                host_bytes = 32'h1;
                host_keep = 32'h1;
            end
        end
        host_lanes = 32'hff;
        if (last) begin
            host_lanes = keep;
        end
        host_mask = (((zero64 - ((host_lanes[(32'h0)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h0) | (((zero64 - ((host_lanes[(32'h1)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h8) | (((zero64 - ((host_lanes[(32'h2)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h10) | (((zero64 - ((host_lanes[(32'h3)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h18) | (((zero64 - ((host_lanes[(32'h4)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h20) | (((zero64 - ((host_lanes[(32'h5)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h28) | (((zero64 - ((host_lanes[(32'h6)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h30) | (((zero64 - ((host_lanes[(32'h7)+:(1)]) & 64'hffffffffffffffff)) & byte_ones) << 32'h38);
        open = (state$q == TxState$Idle) | ((state$q == TxState$TailHi) & ~idle_req$q);
        src_pause = from_pause$q;
        if (open) begin
            src_pause = pend$q;
        end
        src_gen = src_pause | padding$q;
        ready = 1'b0;
        fetch = 1'b0;
        f_poison = 1'b0;
        if (open) begin
            ready = ~pend$q & ~hold_r$q;
            fetch = (pend$q & ~fault_r$q) | (valid & ~hold_r$q);
        end
        else if ((state$q == TxState$Start) | (state$q == TxState$Data)) begin
            ready = ~src_gen & ~done$q;
            fetch = ~done$q;
            f_poison = ~src_gen & ~done$q & ~valid;
        end
        f_pad = 1'b0;
        if (src_gen) begin
            f_data = 32'h0;
            if (src_pause) begin
                f_data = gen_word$q;
            end
            f_bytes = 32'h8;
            f_keep = 32'hff;
            f_last = 1'b0;
            if (widx$q == pad_last_idx) begin
                f_bytes = pad_last_bytes;
                f_keep = pad_last_keep;
                f_last = 1'b1;
            end
        end
        else begin
            f_data = data & host_mask;
            f_bytes = 32'h8;
            f_keep = 32'hff;
            f_last = 1'b0;
            if (last & ~f_poison) begin
                if ((widx$q > pad_last_idx) | ((widx$q == pad_last_idx) & (host_bytes >= pad_last_bytes))) begin
                    f_bytes = host_bytes;
                    f_keep = host_keep;
                    f_last = 1'b1;
                end
                else if (widx$q == pad_last_idx) begin
                    f_bytes = pad_last_bytes;
                    f_keep = pad_last_keep;
                    f_last = 1'b1;
                end
                else begin
                    f_pad = 1'b1;
                end
            end
        end
        crc$start = s1_first$q;
        crc$valid = s1_valid$q & ~s1_poison$q;
        crc$data = s1_data$q;
        crc$keep = s1_keep$q;
        s2_data$d = s1_data$q;
        s2_bytes$d = s1_bytes$q;
        s2_poison$d = s1_poison$q;
        s1_valid$d = fetch;
        s1_first$d = open;
        s1_last$d = fetch & f_last;
        s1_keep$d = f_keep;
        if (fetch) begin
            s1_data$d = f_data;
            s1_bytes$d = f_bytes;
            s1_poison$d = f_poison;
            if (~&widx$q) begin
                widx$d = widx$q + 32'h1;
            end
            if (f_pad) begin
                padding$d = 1'b1;
            end
            if (f_last) begin
                done$d = 1'b1;
            end
        end
        gen_idx = widx$q;
        if (state$q == TxState$Last) begin
            gen_idx = 32'h0;
        end
        else if (fetch & ~&widx$q) begin
            gen_idx = widx$q + 32'h1;
        end
        pause_word = 32'h0;
        if (gen_idx == 32'h0) begin
            pause_word = pause_w0 | (((station[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((station[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h38);
        end
        else if (gen_idx == 32'h1) begin
            pause_word = pause_w1 | ((station[(32'h18)+:(8)]) & 64'hffffffffffffffff) | (((station[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | (((station[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((station[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h18);
        end
        else if (gen_idx == 32'h2) begin
            pause_word = ((cur_quanta$q[(32'h8)+:(8)]) & 64'hffffffffffffffff) | (((cur_quanta$q[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h8);
        end
        gen_word$d = pause_word;
        t_shift = ((s2_bytes$q) & 7'h7f) << 32'h3;
        tail = ((s2_data$q) & 128'hffffffffffffffffffffffffffffffff) | (((crc$fcs) & 128'hffffffffffffffffffffffffffffffff) << t_shift) | (term128 << (t_shift + 32'h20)) | (idle128 << (t_shift + 32'h28));
        tail_c = ones16 << (((s2_bytes$q) & 5'h1f) + 32'h4);
        dic_sum = ((dic$q) & 3'h7) + ((s2_bytes$q[(32'h0)+:(2)]) & 3'h7);
        dic_back = ~|s2_bytes$q[(32'h0)+:(2)] | ~dic_sum[32'h2];
        next_halves = s2_bytes$q[(32'h2)+:(2)];
        if (out_lane4$q & ~dic_back) begin
            next_halves = s2_bytes$q[(32'h2)+:(2)] + 32'h2;
        end
        else if (out_lane4$q | ~dic_back) begin
            next_halves = s2_bytes$q[(32'h2)+:(2)] + 32'h1;
        end
        case (state$q)
            TxState$Idle:
                begin
                    out_d$d = idle_word;
                    out_c$d = 32'hff;
                    if (fault_local) begin
                        out_d$d = remote_fault_word;
                        out_c$d = fault_ctrl;
                    end
                end
            TxState$Start:
                begin
                    out_d$d = start_word;
                    out_c$d = 32'h1;
                    out_lane4$d = next_lane4$q;
                    state$d = TxState$Data;
                end
            TxState$Data:
                begin
                    out_d$d = s2_data$q;
                    out_c$d = 32'h0;
                    if (s2_poison$q) begin
                        out_d$d = error_word;
                        out_c$d = 32'hff;
                    end
                    if (s1_last$q) begin
                        state$d = TxState$Last;
                    end
                end
            TxState$Last:
                begin
                    out_d$d = tail[(32'h0)+:(64)];
                    out_c$d = tail_c[(32'h0)+:(8)];
                    tail_hi$d = tail[(32'h40)+:(64)];
                    tail_hic$d = tail_c[(32'h8)+:(8)];
                    state$d = TxState$TailHi;
                    dic$d = dic_sum[(32'h0)+:(2)];
                    idle_req$d = next_halves[32'h1];
                    next_lane4$d = next_halves[32'h0];
                    widx$d = 32'h0;
                    padding$d = 1'b0;
                    from_pause$d = 1'b0;
                    done$d = 1'b0;
                end
            default:
                begin
                    out_d$d = tail_hi$q;
                    out_c$d = tail_hic$q;
                    state$d = TxState$Idle;
                end
        endcase
        if (open & ~fetch) begin
            late$d = 1'b1;
        end
        if (open & fetch) begin
            late$d = 1'b0;
            if (late$q) begin
                next_lane4$d = 1'b0;
                dic$d = 32'h0;
            end
            state$d = TxState$Start;
            from_pause$d = pend$q;
            if (pend$q) begin
                pend$d = 1'b0;
                cur_quanta$d = pend_quanta$q;
            end
        end
        carry_d$d = out_d$q[(32'h20)+:(32)];
        carry_c$d = out_c$q[(32'h4)+:(4)];
        wire_d$d = out_d$q;
        wire_c$d = out_c$q;
        if (out_lane4$q) begin
            wire_d$d = ((carry_d$q) & 64'hffffffffffffffff) | (((out_d$q[(32'h0)+:(32)]) & 64'hffffffffffffffff) << 32'h20);
            wire_c$d = ((carry_c$q) & 8'hff) | (((out_c$q[(32'h0)+:(4)]) & 8'hff) << 32'h4);
        end
        if (send_pause) begin
            pend$d = 1'b1;
            pend_quanta$d = send_pause_quanta;
        end
    end
    
endmodule // top$mac$tx


module top$mac$tx$carry_c(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$carry_c


module top$mac$tx$carry_d(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$carry_d


module top$mac$tx$crc(clock,start,valid,data,keep,fcs);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  valid;
    input wire  [63:0] data;
    input wire  [7:0] keep;
    output reg  [31:0] fcs;
    
    // Update code (custom)
    // Written by uzura-gateware's crc.rs from the CRC-32 polynomial; do not edit.
    wire [31:0] state = start ? 32'hffffffff : ~fcs;
    wire [31:0] after1;
    assign after1[0] = ^(state & 32'h00000104) ^ ^(data & 64'h0000000000000004);
    assign after1[1] = ^(state & 32'h00000209) ^ ^(data & 64'h0000000000000009);
    assign after1[2] = ^(state & 32'h00000413) ^ ^(data & 64'h0000000000000013);
    assign after1[3] = ^(state & 32'h00000826) ^ ^(data & 64'h0000000000000026);
    assign after1[4] = ^(state & 32'h0000104d) ^ ^(data & 64'h000000000000004d);
    assign after1[5] = ^(state & 32'h0000209a) ^ ^(data & 64'h000000000000009a);
    assign after1[6] = ^(state & 32'h00004030) ^ ^(data & 64'h0000000000000030);
    assign after1[7] = ^(state & 32'h00008061) ^ ^(data & 64'h0000000000000061);
    assign after1[8] = ^(state & 32'h000100c2) ^ ^(data & 64'h00000000000000c2);
    assign after1[9] = ^(state & 32'h00020080) ^ ^(data & 64'h0000000000000080);
    assign after1[10] = ^(state & 32'h00040004) ^ ^(data & 64'h0000000000000004);
    assign after1[11] = ^(state & 32'h00080008) ^ ^(data & 64'h0000000000000008);
    assign after1[12] = ^(state & 32'h00100011) ^ ^(data & 64'h0000000000000011);
    assign after1[13] = ^(state & 32'h00200023) ^ ^(data & 64'h0000000000000023);
    assign after1[14] = ^(state & 32'h00400046) ^ ^(data & 64'h0000000000000046);
    assign after1[15] = ^(state & 32'h0080008c) ^ ^(data & 64'h000000000000008c);
    assign after1[16] = ^(state & 32'h0100001d) ^ ^(data & 64'h000000000000001d);
    assign after1[17] = ^(state & 32'h0200003b) ^ ^(data & 64'h000000000000003b);
    assign after1[18] = ^(state & 32'h04000077) ^ ^(data & 64'h0000000000000077);
    assign after1[19] = ^(state & 32'h080000ee) ^ ^(data & 64'h00000000000000ee);
    assign after1[20] = ^(state & 32'h100000d8) ^ ^(data & 64'h00000000000000d8);
    assign after1[21] = ^(state & 32'h200000b4) ^ ^(data & 64'h00000000000000b4);
    assign after1[22] = ^(state & 32'h4000006c) ^ ^(data & 64'h000000000000006c);
    assign after1[23] = ^(state & 32'h800000d8) ^ ^(data & 64'h00000000000000d8);
    assign after1[24] = ^(state & 32'h000000b5) ^ ^(data & 64'h00000000000000b5);
    assign after1[25] = ^(state & 32'h0000006f) ^ ^(data & 64'h000000000000006f);
    assign after1[26] = ^(state & 32'h000000df) ^ ^(data & 64'h00000000000000df);
    assign after1[27] = ^(state & 32'h000000ba) ^ ^(data & 64'h00000000000000ba);
    assign after1[28] = ^(state & 32'h00000071) ^ ^(data & 64'h0000000000000071);
    assign after1[29] = ^(state & 32'h000000e3) ^ ^(data & 64'h00000000000000e3);
    assign after1[30] = ^(state & 32'h000000c3) ^ ^(data & 64'h00000000000000c3);
    assign after1[31] = ^(state & 32'h00000082) ^ ^(data & 64'h0000000000000082);
    wire [31:0] after2;
    assign after2[0] = ^(state & 32'h000104d1) ^ ^(data & 64'h00000000000004d1);
    assign after2[1] = ^(state & 32'h000209a2) ^ ^(data & 64'h00000000000009a2);
    assign after2[2] = ^(state & 32'h00041344) ^ ^(data & 64'h0000000000001344);
    assign after2[3] = ^(state & 32'h00082688) ^ ^(data & 64'h0000000000002688);
    assign after2[4] = ^(state & 32'h00104d10) ^ ^(data & 64'h0000000000004d10);
    assign after2[5] = ^(state & 32'h00209a20) ^ ^(data & 64'h0000000000009a20);
    assign after2[6] = ^(state & 32'h00403091) ^ ^(data & 64'h0000000000003091);
    assign after2[7] = ^(state & 32'h00806122) ^ ^(data & 64'h0000000000006122);
    assign after2[8] = ^(state & 32'h0100c245) ^ ^(data & 64'h000000000000c245);
    assign after2[9] = ^(state & 32'h0200805a) ^ ^(data & 64'h000000000000805a);
    assign after2[10] = ^(state & 32'h04000464) ^ ^(data & 64'h0000000000000464);
    assign after2[11] = ^(state & 32'h080008c8) ^ ^(data & 64'h00000000000008c8);
    assign after2[12] = ^(state & 32'h10001191) ^ ^(data & 64'h0000000000001191);
    assign after2[13] = ^(state & 32'h20002323) ^ ^(data & 64'h0000000000002323);
    assign after2[14] = ^(state & 32'h40004646) ^ ^(data & 64'h0000000000004646);
    assign after2[15] = ^(state & 32'h80008c8c) ^ ^(data & 64'h0000000000008c8c);
    assign after2[16] = ^(state & 32'h00001dc9) ^ ^(data & 64'h0000000000001dc9);
    assign after2[17] = ^(state & 32'h00003b93) ^ ^(data & 64'h0000000000003b93);
    assign after2[18] = ^(state & 32'h00007726) ^ ^(data & 64'h0000000000007726);
    assign after2[19] = ^(state & 32'h0000ee4d) ^ ^(data & 64'h000000000000ee4d);
    assign after2[20] = ^(state & 32'h0000d84b) ^ ^(data & 64'h000000000000d84b);
    assign after2[21] = ^(state & 32'h0000b446) ^ ^(data & 64'h000000000000b446);
    assign after2[22] = ^(state & 32'h00006c5c) ^ ^(data & 64'h0000000000006c5c);
    assign after2[23] = ^(state & 32'h0000d8b8) ^ ^(data & 64'h000000000000d8b8);
    assign after2[24] = ^(state & 32'h0000b5a1) ^ ^(data & 64'h000000000000b5a1);
    assign after2[25] = ^(state & 32'h00006f92) ^ ^(data & 64'h0000000000006f92);
    assign after2[26] = ^(state & 32'h0000df24) ^ ^(data & 64'h000000000000df24);
    assign after2[27] = ^(state & 32'h0000ba99) ^ ^(data & 64'h000000000000ba99);
    assign after2[28] = ^(state & 32'h000071e3) ^ ^(data & 64'h00000000000071e3);
    assign after2[29] = ^(state & 32'h0000e3c6) ^ ^(data & 64'h000000000000e3c6);
    assign after2[30] = ^(state & 32'h0000c35c) ^ ^(data & 64'h000000000000c35c);
    assign after2[31] = ^(state & 32'h00008268) ^ ^(data & 64'h0000000000008268);
    wire [31:0] after3;
    assign after3[0] = ^(state & 32'h0104d101) ^ ^(data & 64'h000000000004d101);
    assign after3[1] = ^(state & 32'h0209a203) ^ ^(data & 64'h000000000009a203);
    assign after3[2] = ^(state & 32'h04134407) ^ ^(data & 64'h0000000000134407);
    assign after3[3] = ^(state & 32'h0826880e) ^ ^(data & 64'h000000000026880e);
    assign after3[4] = ^(state & 32'h104d101d) ^ ^(data & 64'h00000000004d101d);
    assign after3[5] = ^(state & 32'h209a203b) ^ ^(data & 64'h00000000009a203b);
    assign after3[6] = ^(state & 32'h40309176) ^ ^(data & 64'h0000000000309176);
    assign after3[7] = ^(state & 32'h806122ec) ^ ^(data & 64'h00000000006122ec);
    assign after3[8] = ^(state & 32'h00c245d8) ^ ^(data & 64'h0000000000c245d8);
    assign after3[9] = ^(state & 32'h00805ab1) ^ ^(data & 64'h0000000000805ab1);
    assign after3[10] = ^(state & 32'h00046462) ^ ^(data & 64'h0000000000046462);
    assign after3[11] = ^(state & 32'h0008c8c5) ^ ^(data & 64'h000000000008c8c5);
    assign after3[12] = ^(state & 32'h0011918a) ^ ^(data & 64'h000000000011918a);
    assign after3[13] = ^(state & 32'h00232315) ^ ^(data & 64'h0000000000232315);
    assign after3[14] = ^(state & 32'h0046462b) ^ ^(data & 64'h000000000046462b);
    assign after3[15] = ^(state & 32'h008c8c56) ^ ^(data & 64'h00000000008c8c56);
    assign after3[16] = ^(state & 32'h001dc9ac) ^ ^(data & 64'h00000000001dc9ac);
    assign after3[17] = ^(state & 32'h003b9359) ^ ^(data & 64'h00000000003b9359);
    assign after3[18] = ^(state & 32'h007726b2) ^ ^(data & 64'h00000000007726b2);
    assign after3[19] = ^(state & 32'h00ee4d64) ^ ^(data & 64'h0000000000ee4d64);
    assign after3[20] = ^(state & 32'h00d84bc8) ^ ^(data & 64'h0000000000d84bc8);
    assign after3[21] = ^(state & 32'h00b44690) ^ ^(data & 64'h0000000000b44690);
    assign after3[22] = ^(state & 32'h006c5c21) ^ ^(data & 64'h00000000006c5c21);
    assign after3[23] = ^(state & 32'h00d8b843) ^ ^(data & 64'h0000000000d8b843);
    assign after3[24] = ^(state & 32'h00b5a187) ^ ^(data & 64'h0000000000b5a187);
    assign after3[25] = ^(state & 32'h006f920e) ^ ^(data & 64'h00000000006f920e);
    assign after3[26] = ^(state & 32'h00df241c) ^ ^(data & 64'h0000000000df241c);
    assign after3[27] = ^(state & 32'h00ba9938) ^ ^(data & 64'h0000000000ba9938);
    assign after3[28] = ^(state & 32'h0071e370) ^ ^(data & 64'h000000000071e370);
    assign after3[29] = ^(state & 32'h00e3c6e0) ^ ^(data & 64'h0000000000e3c6e0);
    assign after3[30] = ^(state & 32'h00c35cc0) ^ ^(data & 64'h0000000000c35cc0);
    assign after3[31] = ^(state & 32'h00826880) ^ ^(data & 64'h0000000000826880);
    wire [31:0] after4;
    assign after4[0] = ^(state & 32'h04d101df) ^ ^(data & 64'h0000000004d101df);
    assign after4[1] = ^(state & 32'h09a203be) ^ ^(data & 64'h0000000009a203be);
    assign after4[2] = ^(state & 32'h1344077d) ^ ^(data & 64'h000000001344077d);
    assign after4[3] = ^(state & 32'h26880efa) ^ ^(data & 64'h0000000026880efa);
    assign after4[4] = ^(state & 32'h4d101df4) ^ ^(data & 64'h000000004d101df4);
    assign after4[5] = ^(state & 32'h9a203be9) ^ ^(data & 64'h000000009a203be9);
    assign after4[6] = ^(state & 32'h3091760d) ^ ^(data & 64'h000000003091760d);
    assign after4[7] = ^(state & 32'h6122ec1a) ^ ^(data & 64'h000000006122ec1a);
    assign after4[8] = ^(state & 32'hc245d835) ^ ^(data & 64'h00000000c245d835);
    assign after4[9] = ^(state & 32'h805ab1b5) ^ ^(data & 64'h00000000805ab1b5);
    assign after4[10] = ^(state & 32'h046462b5) ^ ^(data & 64'h00000000046462b5);
    assign after4[11] = ^(state & 32'h08c8c56a) ^ ^(data & 64'h0000000008c8c56a);
    assign after4[12] = ^(state & 32'h11918ad4) ^ ^(data & 64'h0000000011918ad4);
    assign after4[13] = ^(state & 32'h232315a9) ^ ^(data & 64'h00000000232315a9);
    assign after4[14] = ^(state & 32'h46462b53) ^ ^(data & 64'h0000000046462b53);
    assign after4[15] = ^(state & 32'h8c8c56a6) ^ ^(data & 64'h000000008c8c56a6);
    assign after4[16] = ^(state & 32'h1dc9ac92) ^ ^(data & 64'h000000001dc9ac92);
    assign after4[17] = ^(state & 32'h3b935924) ^ ^(data & 64'h000000003b935924);
    assign after4[18] = ^(state & 32'h7726b249) ^ ^(data & 64'h000000007726b249);
    assign after4[19] = ^(state & 32'hee4d6493) ^ ^(data & 64'h00000000ee4d6493);
    assign after4[20] = ^(state & 32'hd84bc8f9) ^ ^(data & 64'h00000000d84bc8f9);
    assign after4[21] = ^(state & 32'hb446902d) ^ ^(data & 64'h00000000b446902d);
    assign after4[22] = ^(state & 32'h6c5c2184) ^ ^(data & 64'h000000006c5c2184);
    assign after4[23] = ^(state & 32'hd8b84309) ^ ^(data & 64'h00000000d8b84309);
    assign after4[24] = ^(state & 32'hb5a187cc) ^ ^(data & 64'h00000000b5a187cc);
    assign after4[25] = ^(state & 32'h6f920e46) ^ ^(data & 64'h000000006f920e46);
    assign after4[26] = ^(state & 32'hdf241c8c) ^ ^(data & 64'h00000000df241c8c);
    assign after4[27] = ^(state & 32'hba9938c7) ^ ^(data & 64'h00000000ba9938c7);
    assign after4[28] = ^(state & 32'h71e37051) ^ ^(data & 64'h0000000071e37051);
    assign after4[29] = ^(state & 32'he3c6e0a3) ^ ^(data & 64'h00000000e3c6e0a3);
    assign after4[30] = ^(state & 32'hc35cc098) ^ ^(data & 64'h00000000c35cc098);
    assign after4[31] = ^(state & 32'h826880ef) ^ ^(data & 64'h00000000826880ef);
    wire [31:0] after5;
    assign after5[0] = ^(state & 32'hd101df48) ^ ^(data & 64'h00000004d101df48);
    assign after5[1] = ^(state & 32'ha203be90) ^ ^(data & 64'h00000009a203be90);
    assign after5[2] = ^(state & 32'h44077d20) ^ ^(data & 64'h0000001344077d20);
    assign after5[3] = ^(state & 32'h880efa40) ^ ^(data & 64'h00000026880efa40);
    assign after5[4] = ^(state & 32'h101df481) ^ ^(data & 64'h0000004d101df481);
    assign after5[5] = ^(state & 32'h203be903) ^ ^(data & 64'h0000009a203be903);
    assign after5[6] = ^(state & 32'h91760d4e) ^ ^(data & 64'h0000003091760d4e);
    assign after5[7] = ^(state & 32'h22ec1a9d) ^ ^(data & 64'h0000006122ec1a9d);
    assign after5[8] = ^(state & 32'h45d8353b) ^ ^(data & 64'h000000c245d8353b);
    assign after5[9] = ^(state & 32'h5ab1b53e) ^ ^(data & 64'h000000805ab1b53e);
    assign after5[10] = ^(state & 32'h6462b534) ^ ^(data & 64'h000000046462b534);
    assign after5[11] = ^(state & 32'hc8c56a69) ^ ^(data & 64'h00000008c8c56a69);
    assign after5[12] = ^(state & 32'h918ad4d2) ^ ^(data & 64'h00000011918ad4d2);
    assign after5[13] = ^(state & 32'h2315a9a5) ^ ^(data & 64'h000000232315a9a5);
    assign after5[14] = ^(state & 32'h462b534a) ^ ^(data & 64'h00000046462b534a);
    assign after5[15] = ^(state & 32'h8c56a694) ^ ^(data & 64'h0000008c8c56a694);
    assign after5[16] = ^(state & 32'hc9ac9260) ^ ^(data & 64'h0000001dc9ac9260);
    assign after5[17] = ^(state & 32'h935924c0) ^ ^(data & 64'h0000003b935924c0);
    assign after5[18] = ^(state & 32'h26b24980) ^ ^(data & 64'h0000007726b24980);
    assign after5[19] = ^(state & 32'h4d649300) ^ ^(data & 64'h000000ee4d649300);
    assign after5[20] = ^(state & 32'h4bc8f948) ^ ^(data & 64'h000000d84bc8f948);
    assign after5[21] = ^(state & 32'h46902dd9) ^ ^(data & 64'h000000b446902dd9);
    assign after5[22] = ^(state & 32'h5c2184fb) ^ ^(data & 64'h0000006c5c2184fb);
    assign after5[23] = ^(state & 32'hb84309f6) ^ ^(data & 64'h000000d8b84309f6);
    assign after5[24] = ^(state & 32'ha187cca5) ^ ^(data & 64'h000000b5a187cca5);
    assign after5[25] = ^(state & 32'h920e4602) ^ ^(data & 64'h0000006f920e4602);
    assign after5[26] = ^(state & 32'h241c8c05) ^ ^(data & 64'h000000df241c8c05);
    assign after5[27] = ^(state & 32'h9938c743) ^ ^(data & 64'h000000ba9938c743);
    assign after5[28] = ^(state & 32'he37051cf) ^ ^(data & 64'h00000071e37051cf);
    assign after5[29] = ^(state & 32'hc6e0a39f) ^ ^(data & 64'h000000e3c6e0a39f);
    assign after5[30] = ^(state & 32'h5cc09876) ^ ^(data & 64'h000000c35cc09876);
    assign after5[31] = ^(state & 32'h6880efa4) ^ ^(data & 64'h000000826880efa4);
    wire [31:0] after6;
    assign after6[0] = ^(state & 32'h01df481b) ^ ^(data & 64'h000004d101df481b);
    assign after6[1] = ^(state & 32'h03be9036) ^ ^(data & 64'h000009a203be9036);
    assign after6[2] = ^(state & 32'h077d206d) ^ ^(data & 64'h00001344077d206d);
    assign after6[3] = ^(state & 32'h0efa40da) ^ ^(data & 64'h000026880efa40da);
    assign after6[4] = ^(state & 32'h1df481b4) ^ ^(data & 64'h00004d101df481b4);
    assign after6[5] = ^(state & 32'h3be90369) ^ ^(data & 64'h00009a203be90369);
    assign after6[6] = ^(state & 32'h760d4ec8) ^ ^(data & 64'h00003091760d4ec8);
    assign after6[7] = ^(state & 32'hec1a9d91) ^ ^(data & 64'h00006122ec1a9d91);
    assign after6[8] = ^(state & 32'hd8353b23) ^ ^(data & 64'h0000c245d8353b23);
    assign after6[9] = ^(state & 32'hb1b53e5d) ^ ^(data & 64'h0000805ab1b53e5d);
    assign after6[10] = ^(state & 32'h62b534a0) ^ ^(data & 64'h0000046462b534a0);
    assign after6[11] = ^(state & 32'hc56a6940) ^ ^(data & 64'h000008c8c56a6940);
    assign after6[12] = ^(state & 32'h8ad4d281) ^ ^(data & 64'h000011918ad4d281);
    assign after6[13] = ^(state & 32'h15a9a502) ^ ^(data & 64'h0000232315a9a502);
    assign after6[14] = ^(state & 32'h2b534a05) ^ ^(data & 64'h000046462b534a05);
    assign after6[15] = ^(state & 32'h56a6940b) ^ ^(data & 64'h00008c8c56a6940b);
    assign after6[16] = ^(state & 32'hac92600c) ^ ^(data & 64'h00001dc9ac92600c);
    assign after6[17] = ^(state & 32'h5924c018) ^ ^(data & 64'h00003b935924c018);
    assign after6[18] = ^(state & 32'hb2498031) ^ ^(data & 64'h00007726b2498031);
    assign after6[19] = ^(state & 32'h64930063) ^ ^(data & 64'h0000ee4d64930063);
    assign after6[20] = ^(state & 32'hc8f948dd) ^ ^(data & 64'h0000d84bc8f948dd);
    assign after6[21] = ^(state & 32'h902dd9a0) ^ ^(data & 64'h0000b446902dd9a0);
    assign after6[22] = ^(state & 32'h2184fb5b) ^ ^(data & 64'h00006c5c2184fb5b);
    assign after6[23] = ^(state & 32'h4309f6b6) ^ ^(data & 64'h0000d8b84309f6b6);
    assign after6[24] = ^(state & 32'h87cca577) ^ ^(data & 64'h0000b5a187cca577);
    assign after6[25] = ^(state & 32'h0e4602f5) ^ ^(data & 64'h00006f920e4602f5);
    assign after6[26] = ^(state & 32'h1c8c05ea) ^ ^(data & 64'h0000df241c8c05ea);
    assign after6[27] = ^(state & 32'h38c743cf) ^ ^(data & 64'h0000ba9938c743cf);
    assign after6[28] = ^(state & 32'h7051cf84) ^ ^(data & 64'h000071e37051cf84);
    assign after6[29] = ^(state & 32'he0a39f08) ^ ^(data & 64'h0000e3c6e0a39f08);
    assign after6[30] = ^(state & 32'hc098760b) ^ ^(data & 64'h0000c35cc098760b);
    assign after6[31] = ^(state & 32'h80efa40d) ^ ^(data & 64'h0000826880efa40d);
    wire [31:0] after7;
    assign after7[0] = ^(state & 32'hdf481b4e) ^ ^(data & 64'h0004d101df481b4e);
    assign after7[1] = ^(state & 32'hbe90369c) ^ ^(data & 64'h0009a203be90369c);
    assign after7[2] = ^(state & 32'h7d206d39) ^ ^(data & 64'h001344077d206d39);
    assign after7[3] = ^(state & 32'hfa40da72) ^ ^(data & 64'h0026880efa40da72);
    assign after7[4] = ^(state & 32'hf481b4e5) ^ ^(data & 64'h004d101df481b4e5);
    assign after7[5] = ^(state & 32'he90369cb) ^ ^(data & 64'h009a203be90369cb);
    assign after7[6] = ^(state & 32'h0d4ec8d8) ^ ^(data & 64'h003091760d4ec8d8);
    assign after7[7] = ^(state & 32'h1a9d91b1) ^ ^(data & 64'h006122ec1a9d91b1);
    assign after7[8] = ^(state & 32'h353b2363) ^ ^(data & 64'h00c245d8353b2363);
    assign after7[9] = ^(state & 32'hb53e5d89) ^ ^(data & 64'h00805ab1b53e5d89);
    assign after7[10] = ^(state & 32'hb534a05c) ^ ^(data & 64'h00046462b534a05c);
    assign after7[11] = ^(state & 32'h6a6940b9) ^ ^(data & 64'h0008c8c56a6940b9);
    assign after7[12] = ^(state & 32'hd4d28172) ^ ^(data & 64'h0011918ad4d28172);
    assign after7[13] = ^(state & 32'ha9a502e4) ^ ^(data & 64'h00232315a9a502e4);
    assign after7[14] = ^(state & 32'h534a05c8) ^ ^(data & 64'h0046462b534a05c8);
    assign after7[15] = ^(state & 32'ha6940b90) ^ ^(data & 64'h008c8c56a6940b90);
    assign after7[16] = ^(state & 32'h92600c6f) ^ ^(data & 64'h001dc9ac92600c6f);
    assign after7[17] = ^(state & 32'h24c018df) ^ ^(data & 64'h003b935924c018df);
    assign after7[18] = ^(state & 32'h498031bf) ^ ^(data & 64'h007726b2498031bf);
    assign after7[19] = ^(state & 32'h9300637e) ^ ^(data & 64'h00ee4d649300637e);
    assign after7[20] = ^(state & 32'hf948ddb3) ^ ^(data & 64'h00d84bc8f948ddb3);
    assign after7[21] = ^(state & 32'h2dd9a029) ^ ^(data & 64'h00b446902dd9a029);
    assign after7[22] = ^(state & 32'h84fb5b1d) ^ ^(data & 64'h006c5c2184fb5b1d);
    assign after7[23] = ^(state & 32'h09f6b63a) ^ ^(data & 64'h00d8b84309f6b63a);
    assign after7[24] = ^(state & 32'hcca5773a) ^ ^(data & 64'h00b5a187cca5773a);
    assign after7[25] = ^(state & 32'h4602f53b) ^ ^(data & 64'h006f920e4602f53b);
    assign after7[26] = ^(state & 32'h8c05ea77) ^ ^(data & 64'h00df241c8c05ea77);
    assign after7[27] = ^(state & 32'hc743cfa0) ^ ^(data & 64'h00ba9938c743cfa0);
    assign after7[28] = ^(state & 32'h51cf840e) ^ ^(data & 64'h0071e37051cf840e);
    assign after7[29] = ^(state & 32'ha39f081d) ^ ^(data & 64'h00e3c6e0a39f081d);
    assign after7[30] = ^(state & 32'h98760b74) ^ ^(data & 64'h00c35cc098760b74);
    assign after7[31] = ^(state & 32'hefa40da7) ^ ^(data & 64'h00826880efa40da7);
    wire [31:0] after8;
    assign after8[0] = ^(state & 32'h481b4e5a) ^ ^(data & 64'h04d101df481b4e5a);
    assign after8[1] = ^(state & 32'h90369cb5) ^ ^(data & 64'h09a203be90369cb5);
    assign after8[2] = ^(state & 32'h206d396b) ^ ^(data & 64'h1344077d206d396b);
    assign after8[3] = ^(state & 32'h40da72d7) ^ ^(data & 64'h26880efa40da72d7);
    assign after8[4] = ^(state & 32'h81b4e5af) ^ ^(data & 64'h4d101df481b4e5af);
    assign after8[5] = ^(state & 32'h0369cb5e) ^ ^(data & 64'h9a203be90369cb5e);
    assign after8[6] = ^(state & 32'h4ec8d8e6) ^ ^(data & 64'h3091760d4ec8d8e6);
    assign after8[7] = ^(state & 32'h9d91b1cd) ^ ^(data & 64'h6122ec1a9d91b1cd);
    assign after8[8] = ^(state & 32'h3b23639a) ^ ^(data & 64'hc245d8353b23639a);
    assign after8[9] = ^(state & 32'h3e5d896e) ^ ^(data & 64'h805ab1b53e5d896e);
    assign after8[10] = ^(state & 32'h34a05c86) ^ ^(data & 64'h046462b534a05c86);
    assign after8[11] = ^(state & 32'h6940b90c) ^ ^(data & 64'h08c8c56a6940b90c);
    assign after8[12] = ^(state & 32'hd2817218) ^ ^(data & 64'h11918ad4d2817218);
    assign after8[13] = ^(state & 32'ha502e430) ^ ^(data & 64'h232315a9a502e430);
    assign after8[14] = ^(state & 32'h4a05c860) ^ ^(data & 64'h46462b534a05c860);
    assign after8[15] = ^(state & 32'h940b90c0) ^ ^(data & 64'h8c8c56a6940b90c0);
    assign after8[16] = ^(state & 32'h600c6fda) ^ ^(data & 64'h1dc9ac92600c6fda);
    assign after8[17] = ^(state & 32'hc018dfb5) ^ ^(data & 64'h3b935924c018dfb5);
    assign after8[18] = ^(state & 32'h8031bf6a) ^ ^(data & 64'h7726b2498031bf6a);
    assign after8[19] = ^(state & 32'h00637ed5) ^ ^(data & 64'hee4d649300637ed5);
    assign after8[20] = ^(state & 32'h48ddb3f0) ^ ^(data & 64'hd84bc8f948ddb3f0);
    assign after8[21] = ^(state & 32'hd9a029bb) ^ ^(data & 64'hb446902dd9a029bb);
    assign after8[22] = ^(state & 32'hfb5b1d2c) ^ ^(data & 64'h6c5c2184fb5b1d2c);
    assign after8[23] = ^(state & 32'hf6b63a59) ^ ^(data & 64'hd8b84309f6b63a59);
    assign after8[24] = ^(state & 32'ha5773ae8) ^ ^(data & 64'hb5a187cca5773ae8);
    assign after8[25] = ^(state & 32'h02f53b8a) ^ ^(data & 64'h6f920e4602f53b8a);
    assign after8[26] = ^(state & 32'h05ea7715) ^ ^(data & 64'hdf241c8c05ea7715);
    assign after8[27] = ^(state & 32'h43cfa071) ^ ^(data & 64'hba9938c743cfa071);
    assign after8[28] = ^(state & 32'hcf840eb8) ^ ^(data & 64'h71e37051cf840eb8);
    assign after8[29] = ^(state & 32'h9f081d70) ^ ^(data & 64'he3c6e0a39f081d70);
    assign after8[30] = ^(state & 32'h760b74bb) ^ ^(data & 64'hc35cc098760b74bb);
    assign after8[31] = ^(state & 32'ha40da72d) ^ ^(data & 64'h826880efa40da72d);
    initial begin
       fcs = 32'h0;
    end
    
    always @(posedge clock) begin
       if (valid) begin
          case (keep)
             8'h01: fcs <= ~after1;
             8'h03: fcs <= ~after2;
             8'h07: fcs <= ~after3;
             8'h0f: fcs <= ~after4;
             8'h1f: fcs <= ~after5;
             8'h3f: fcs <= ~after6;
             8'h7f: fcs <= ~after7;
             default: fcs <= ~after8;
          endcase
       end
    end
endmodule // top$mac$tx$crc


module top$mac$tx$cur_quanta(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$cur_quanta


module top$mac$tx$dic(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$dic


module top$mac$tx$done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$done


module top$mac$tx$fault_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$fault_r


module top$mac$tx$from_pause(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$from_pause


module top$mac$tx$gen_word(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$gen_word


module top$mac$tx$hold_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$hold_r


module top$mac$tx$idle_req(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$idle_req


module top$mac$tx$late(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$late


module top$mac$tx$next_lane4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$next_lane4


module top$mac$tx$out_c(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 8'hff;
    
    // Stub signals
    reg  [7:0] dff$d;
    wire  [7:0] dff$q;
    wire dff$clock;
    
    // Sub module instances
    top$mac$tx$out_c$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    assign dff$clock = clock;
    
    always @(*) begin
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mac$tx$out_c


module top$mac$tx$out_c$dff(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$out_c$dff


module top$mac$tx$out_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h707070707070707;
    
    // Stub signals
    reg  [63:0] dff$d;
    wire  [63:0] dff$q;
    wire dff$clock;
    
    // Sub module instances
    top$mac$tx$out_d$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    assign dff$clock = clock;
    
    always @(*) begin
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mac$tx$out_d


module top$mac$tx$out_d$dff(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$out_d$dff


module top$mac$tx$out_lane4(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$out_lane4


module top$mac$tx$padding(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$padding


module top$mac$tx$paused_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$paused_r


module top$mac$tx$pend(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$pend


module top$mac$tx$pend_quanta(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$pend_quanta


module top$mac$tx$quanta_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$quanta_left


module top$mac$tx$s1_bytes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_bytes


module top$mac$tx$s1_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_data


module top$mac$tx$s1_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_first


module top$mac$tx$s1_keep(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_keep


module top$mac$tx$s1_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_last


module top$mac$tx$s1_poison(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_poison


module top$mac$tx$s1_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s1_valid


module top$mac$tx$s2_bytes(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s2_bytes


module top$mac$tx$s2_data(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s2_data


module top$mac$tx$s2_poison(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$s2_poison


module top$mac$tx$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam TxState$Idle = 0;
    localparam TxState$Start = 1;
    localparam TxState$Data = 2;
    localparam TxState$Last = 3;
    localparam TxState$TailHi = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$state


module top$mac$tx$tail_hi(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$tail_hi


module top$mac$tx$tail_hic(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$tail_hic


module top$mac$tx$tick(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$tick


module top$mac$tx$widx(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$widx


module top$mac$tx$wire_c(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 8'hff;
    
    // Stub signals
    reg  [7:0] dff$d;
    wire  [7:0] dff$q;
    wire dff$clock;
    
    // Sub module instances
    top$mac$tx$wire_c$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    assign dff$clock = clock;
    
    always @(*) begin
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mac$tx$wire_c


module top$mac$tx$wire_c$dff(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$wire_c$dff


module top$mac$tx$wire_d(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Constant declarations
    localparam  init = 64'h707070707070707;
    
    // Stub signals
    reg  [63:0] dff$d;
    wire  [63:0] dff$q;
    wire dff$clock;
    
    // Sub module instances
    top$mac$tx$wire_d$dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );
    
    // Update code
    assign dff$clock = clock;
    
    always @(*) begin
        q = dff$q ^ init;
        dff$d = d ^ init;
    end
    
endmodule // top$mac$tx$wire_d


module top$mac$tx$wire_d$dff(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac$tx$wire_d$dff


module top$mac_lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$mac_lo


module top$max_payload(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$max_payload


module top$pause_quanta(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$pause_quanta


module top$q_sent(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$q_sent


module top$rd_addr(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_addr


module top$rd_age(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_age


module top$rd_arrival(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_arrival


module top$rd_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_data


module top$rd_go(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_go


module top$rd_lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_lo


module top$rd_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_pending


module top$rd_ring(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_ring


module top$rd_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rd_snap


module top$ring_base(d,q,clock);
    
    // Module arguments
    input wire  [255:0] d;
    output reg  [255:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 256'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ring_base


module top$ring_base_lo(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ring_base_lo


module top$ring_log2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$ring_log2


module top$rst_active(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rst_active


module top$rst_rx_done(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rst_rx_done


module top$rst_sweep(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rst_sweep


module top$rx(clock,m_data,m_keep,m_valid,m_last,m_error,cfg_mac,cfg_enable,cfg_promisc,cfg_coalesce,eq_base,eq_log2,eq_head,eq_tail,rxq_base,rxq_log2,rxq_tail,rxq_head,rt_we,rt_waddr,rt_wdata,ct_req,ct_idx,ct_data,ct_start,ct_ack,arm_req,arm_idx,arm_ack,q_req,q_kind,q_ctx,q_word,q_ack,q_data,q_high,q_done,rst_req,rst_ack,tx_event$req,tx_event$kind,tx_event$ctx,tx_event$a,tx_event$b,tx_event$ack,dmaw$valid,dmaw$ready,dmaw$addr,dmaw$len,dmaw$data,dmaw$strb,dmaw$first,dmaw$last,desc_rd$req,desc_rd$ready,desc_rd$addr,desc_rd$len,desc_rd$beat,desc_rd$data,desc_rd$last,list_rd$req,list_rd$ready,list_rd$addr,list_rd$len,list_rd$beat,list_rd$data,list_rd$last,irq_event,irq_overflow,fill,idle,c_placed,c_placed_bytes,c_malformed,c_ctx,c_peer,c_tag,c_key,c_bounds,c_dup,c_window,c_nobuf,c_host,c_eq_overflow);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] m_data;
    input wire  [7:0] m_keep;
    input wire  m_valid;
    input wire  m_last;
    input wire  m_error;
    input wire  [47:0] cfg_mac;
    input wire  cfg_enable;
    input wire  cfg_promisc;
    input wire  [15:0] cfg_coalesce;
    input wire  [63:0] eq_base;
    input wire  [4:0] eq_log2;
    input wire  [31:0] eq_head;
    output reg  [31:0] eq_tail;
    input wire  [63:0] rxq_base;
    input wire  [4:0] rxq_log2;
    input wire  [31:0] rxq_tail;
    output reg  [31:0] rxq_head;
    input wire  rt_we;
    input wire  [9:0] rt_waddr;
    input wire  [207:0] rt_wdata;
    input wire  ct_req;
    input wire  [5:0] ct_idx;
    input wire  [112:0] ct_data;
    input wire  [31:0] ct_start;
    output reg  ct_ack;
    input wire  arm_req;
    input wire  [5:0] arm_idx;
    output reg  arm_ack;
    input wire  q_req;
    input wire  [1:0] q_kind;
    input wire  [5:0] q_ctx;
    input wire  [6:0] q_word;
    output reg  q_ack;
    output reg  [31:0] q_data;
    output reg  [31:0] q_high;
    output reg  [31:0] q_done;
    input wire  rst_req;
    output reg  rst_ack;
    input wire  tx_event$req;
    input wire  [7:0] tx_event$kind;
    input wire  [15:0] tx_event$ctx;
    input wire  [31:0] tx_event$a;
    input wire  [31:0] tx_event$b;
    output reg  tx_event$ack;
    output reg  dmaw$valid;
    input wire  dmaw$ready;
    output reg  [63:0] dmaw$addr;
    output reg  [12:0] dmaw$len;
    output reg  [63:0] dmaw$data;
    output reg  [7:0] dmaw$strb;
    output reg  dmaw$first;
    output reg  dmaw$last;
    output wire  desc_rd$req;
    input wire  desc_rd$ready;
    output wire  [63:0] desc_rd$addr;
    output wire  [12:0] desc_rd$len;
    input wire  desc_rd$beat;
    input wire  [63:0] desc_rd$data;
    input wire  desc_rd$last;
    output wire  list_rd$req;
    input wire  list_rd$ready;
    output wire  [63:0] list_rd$addr;
    output wire  [12:0] list_rd$len;
    input wire  list_rd$beat;
    input wire  [51:0] list_rd$data;
    input wire  list_rd$last;
    output reg  irq_event;
    output reg  irq_overflow;
    output reg  [13:0] fill;
    output reg  idle;
    output reg  [31:0] c_placed;
    output reg  [31:0] c_placed_bytes;
    output reg  [31:0] c_malformed;
    output reg  [31:0] c_ctx;
    output reg  [31:0] c_peer;
    output reg  [31:0] c_tag;
    output reg  [31:0] c_key;
    output reg  [31:0] c_bounds;
    output reg  [31:0] c_dup;
    output reg  [31:0] c_window;
    output reg  [31:0] c_nobuf;
    output reg  [31:0] c_host;
    output reg  [31:0] c_eq_overflow;
    
    // Constant declarations
    localparam  k_ev_rx = 8'h1;
    localparam  k_ev_rx_frame = 8'h4;
    localparam  at_header$dst = 10'b101000000;
    localparam  at_header$group = 10'b101101000;
    localparam  at_header$src = 10'b100010000;
    localparam  at_header$ethertype = 10'b100000000;
    localparam  at_header$ver_op = 10'b11111000;
    localparam  at_header$op = 10'b11111000;
    localparam  at_header$version = 10'b11111100;
    localparam  at_header$flags = 10'b11110000;
    localparam  at_header$length = 10'b11100000;
    localparam  at_header$dst_ctx = 10'b11010000;
    localparam  at_header$src_ctx = 10'b11000000;
    localparam  at_header$dst_tag = 10'b10100000;
    localparam  at_header$psn = 10'b10000000;
    localparam  at_header$key = 10'b1000000;
    localparam  at_header$region = 10'b110000;
    localparam  at_header$offset = 10'b0;
    localparam  at_header$first_word = 10'b100110000;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    wire ingress$clock;
    reg  [63:0] ingress$m_data;
    reg  [7:0] ingress$m_keep;
    reg  ingress$m_valid;
    reg  ingress$m_last;
    reg  ingress$m_error;
    wire  [63:0] ingress$data;
    wire  ingress$data_empty;
    reg  ingress$data_read;
    wire  [394:0] ingress$info;
    wire  ingress$info_empty;
    reg  ingress$info_read;
    wire  [13:0] ingress$fill;
    wire  ingress$cut;
    wire classify$clock;
    reg  [4:0] classify$state;
    reg  classify$take;
    reg  [394:0] classify$head;
    reg  [47:0] classify$cfg_mac;
    reg  classify$cfg_enable;
    reg  classify$cfg_promisc;
    reg  [5:0] classify$ctx;
    reg  [5:0] classify$sweep;
    reg  classify$clear;
    reg  [112:0] classify$ct_data;
    reg  classify$rt_we;
    reg  [9:0] classify$rt_waddr;
    reg  [207:0] classify$rt_wdata;
    reg  classify$psn_far;
    reg  classify$psn_dup;
    wire  [31:0] classify$f_psn;
    wire  [7:0] classify$f_flags;
    wire  [15:0] classify$f_len;
    wire  [47:0] classify$f_offset;
    wire  [13:0] classify$f_bytes;
    wire  [10:0] classify$f_words;
    wire  classify$f_write;
    wire  [9:0] classify$region;
    wire  [63:0] classify$region_pl;
    wire  [11:0] classify$region_first;
    wire  [48:0] classify$region_len;
    wire  classify$accept;
    wire  classify$rdma;
    wire  classify$write_first;
    wire  classify$check_host;
    wire  classify$check_pass;
    wire  classify$mark_dup;
    wire  classify$mark_place;
    wire  [31:0] classify$c_placed;
    wire  [31:0] classify$c_placed_bytes;
    wire  [31:0] classify$c_malformed;
    wire  [31:0] classify$c_ctx;
    wire  [31:0] classify$c_peer;
    wire  [31:0] classify$c_tag;
    wire  [31:0] classify$c_key;
    wire  [31:0] classify$c_bounds;
    wire  [31:0] classify$c_dup;
    wire  [31:0] classify$c_window;
    wire arrival$clock;
    reg  [4:0] arrival$state;
    reg  [5:0] arrival$ctx;
    reg  [12:0] arrival$sweep;
    reg  arrival$go_commit;
    reg  [31:0] arrival$ct_start;
    reg  arrival$go_arm;
    reg  [5:0] arrival$arm_idx;
    reg  arrival$go_query;
    reg  [1:0] arrival$q_kind;
    reg  [5:0] arrival$q_ctx;
    reg  [6:0] arrival$q_word;
    reg  arrival$take;
    reg  [5:0] arrival$head_ctx;
    reg  [6:0] arrival$head_word;
    reg  [31:0] arrival$f_psn;
    reg  [7:0] arrival$f_flags;
    reg  [15:0] arrival$cfg_coalesce;
    reg  arrival$mark_dup;
    reg  arrival$mark_place;
    wire  arrival$psn_far;
    wire  arrival$psn_dup;
    wire  arrival$in_order;
    wire  arrival$run_whole;
    wire  arrival$report;
    wire  [31:0] arrival$cum;
    wire  [31:0] arrival$high;
    wire  [15:0] arrival$done;
    wire  [4:0] arrival$pending;
    wire  [31:0] arrival$q_data;
    wire  [31:0] arrival$q_high;
    wire  [31:0] arrival$q_done;
    wire write$clock;
    reg  [4:0] write$state;
    reg  write$rt_we;
    reg  [9:0] write$region;
    reg  [63:0] write$region_pl;
    reg  [11:0] write$region_first;
    reg  [48:0] write$region_len;
    reg  [15:0] write$f_len;
    reg  [47:0] write$f_offset;
    reg  [13:0] write$f_bytes;
    reg  [63:0] write$data;
    reg  write$data_empty;
    reg  write$headers_read;
    reg  [63:0] write$desc_data;
    reg  write$addr_beat;
    reg  write$len_beat;
    reg  write$buf_small;
    wire  write$dmaw$valid;
    reg  write$dmaw$ready;
    wire  [63:0] write$dmaw$addr;
    wire  [12:0] write$dmaw$len;
    wire  [63:0] write$dmaw$data;
    wire  [7:0] write$dmaw$strb;
    wire  write$dmaw$first;
    wire  write$dmaw$last;
    wire  write$in_fire;
    wire  write$piece_go;
    wire  write$piece_end;
    wire  write$piece_last;
    wire  write$host;
    wire  write$nx_hit;
    wire host$clock;
    reg  [4:0] host$state;
    reg  [63:0] host$rxq_base;
    reg  [4:0] host$rxq_log2;
    reg  [31:0] host$rxq_tail;
    wire  [31:0] host$rxq_head;
    reg  [13:0] host$f_bytes;
    reg  host$cut;
    reg  host$clear;
    wire  host$rxq_empty;
    wire  host$addr_beat;
    wire  [63:0] host$buf_start;
    wire  host$len_beat;
    wire  host$buf_small;
    wire  [31:0] host$c_host;
    wire  [31:0] host$c_nobuf;
    wire events$clock;
    reg  [4:0] events$state;
    reg  [63:0] events$eq_base;
    reg  [4:0] events$eq_log2;
    reg  [31:0] events$eq_head;
    wire  [31:0] events$eq_tail;
    reg  events$load;
    reg  [7:0] events$kind;
    reg  [7:0] events$reason;
    reg  [15:0] events$ctx;
    reg  [31:0] events$a;
    reg  [31:0] events$b;
    reg  [15:0] events$c;
    reg  events$clear;
    wire  events$dmaw$valid;
    reg  events$dmaw$ready;
    wire  [63:0] events$dmaw$addr;
    wire  [12:0] events$dmaw$len;
    wire  [63:0] events$dmaw$data;
    wire  [7:0] events$dmaw$strb;
    wire  events$dmaw$first;
    wire  events$dmaw$last;
    wire  events$lost;
    wire  events$beat0;
    wire  events$written;
    wire  events$irq_event;
    wire  events$irq_overflow;
    wire  [31:0] events$c_eq_overflow;
    reg  [4:0] state$d;
    wire  [4:0] state$q;
    wire state$clock;
    reg  [4:0] ev_ret$d;
    wire  [4:0] ev_ret$q;
    wire ev_ret$clock;
    reg  [10:0] words_read$d;
    wire  [10:0] words_read$q;
    wire words_read$clock;
    reg  all_read$d;
    wire  all_read$q;
    wire all_read$clock;
    reg  [5:0] ctx$d;
    wire  [5:0] ctx$q;
    wire ctx$clock;
    reg  [12:0] sweep$d;
    wire  [12:0] sweep$q;
    wire sweep$clock;
    
    // Local signals
    reg  pop_hdr;
    reg  take;
    reg  go_commit;
    reg  go_arm;
    reg  go_query;
    reg  clear;
    
    // Sub module instances
    top$rx$ingress ingress(
        .clock(ingress$clock),
        .m_data(ingress$m_data),
        .m_keep(ingress$m_keep),
        .m_valid(ingress$m_valid),
        .m_last(ingress$m_last),
        .m_error(ingress$m_error),
        .data(ingress$data),
        .data_empty(ingress$data_empty),
        .data_read(ingress$data_read),
        .info(ingress$info),
        .info_empty(ingress$info_empty),
        .info_read(ingress$info_read),
        .fill(ingress$fill),
        .cut(ingress$cut)
    );
    top$rx$classify classify(
        .clock(classify$clock),
        .state(classify$state),
        .take(classify$take),
        .head(classify$head),
        .cfg_mac(classify$cfg_mac),
        .cfg_enable(classify$cfg_enable),
        .cfg_promisc(classify$cfg_promisc),
        .ctx(classify$ctx),
        .sweep(classify$sweep),
        .clear(classify$clear),
        .ct_data(classify$ct_data),
        .rt_we(classify$rt_we),
        .rt_waddr(classify$rt_waddr),
        .rt_wdata(classify$rt_wdata),
        .psn_far(classify$psn_far),
        .psn_dup(classify$psn_dup),
        .f_psn(classify$f_psn),
        .f_flags(classify$f_flags),
        .f_len(classify$f_len),
        .f_offset(classify$f_offset),
        .f_bytes(classify$f_bytes),
        .f_words(classify$f_words),
        .f_write(classify$f_write),
        .region(classify$region),
        .region_pl(classify$region_pl),
        .region_first(classify$region_first),
        .region_len(classify$region_len),
        .accept(classify$accept),
        .rdma(classify$rdma),
        .write_first(classify$write_first),
        .check_host(classify$check_host),
        .check_pass(classify$check_pass),
        .mark_dup(classify$mark_dup),
        .mark_place(classify$mark_place),
        .c_placed(classify$c_placed),
        .c_placed_bytes(classify$c_placed_bytes),
        .c_malformed(classify$c_malformed),
        .c_ctx(classify$c_ctx),
        .c_peer(classify$c_peer),
        .c_tag(classify$c_tag),
        .c_key(classify$c_key),
        .c_bounds(classify$c_bounds),
        .c_dup(classify$c_dup),
        .c_window(classify$c_window)
    );
    top$rx$arrival arrival(
        .clock(arrival$clock),
        .state(arrival$state),
        .ctx(arrival$ctx),
        .sweep(arrival$sweep),
        .go_commit(arrival$go_commit),
        .ct_start(arrival$ct_start),
        .go_arm(arrival$go_arm),
        .arm_idx(arrival$arm_idx),
        .go_query(arrival$go_query),
        .q_kind(arrival$q_kind),
        .q_ctx(arrival$q_ctx),
        .q_word(arrival$q_word),
        .take(arrival$take),
        .head_ctx(arrival$head_ctx),
        .head_word(arrival$head_word),
        .f_psn(arrival$f_psn),
        .f_flags(arrival$f_flags),
        .cfg_coalesce(arrival$cfg_coalesce),
        .mark_dup(arrival$mark_dup),
        .mark_place(arrival$mark_place),
        .psn_far(arrival$psn_far),
        .psn_dup(arrival$psn_dup),
        .in_order(arrival$in_order),
        .run_whole(arrival$run_whole),
        .report(arrival$report),
        .cum(arrival$cum),
        .high(arrival$high),
        .done(arrival$done),
        .pending(arrival$pending),
        .q_data(arrival$q_data),
        .q_high(arrival$q_high),
        .q_done(arrival$q_done)
    );
    top$rx$write write(
        .clock(write$clock),
        .state(write$state),
        .rt_we(write$rt_we),
        .region(write$region),
        .region_pl(write$region_pl),
        .region_first(write$region_first),
        .region_len(write$region_len),
        .f_len(write$f_len),
        .f_offset(write$f_offset),
        .f_bytes(write$f_bytes),
        .data(write$data),
        .data_empty(write$data_empty),
        .headers_read(write$headers_read),
        .desc_data(write$desc_data),
        .addr_beat(write$addr_beat),
        .len_beat(write$len_beat),
        .buf_small(write$buf_small),
        .list_rd$req(list_rd$req),
        .list_rd$ready(list_rd$ready),
        .list_rd$addr(list_rd$addr),
        .list_rd$len(list_rd$len),
        .list_rd$beat(list_rd$beat),
        .list_rd$data(list_rd$data),
        .list_rd$last(list_rd$last),
        .dmaw$valid(write$dmaw$valid),
        .dmaw$ready(write$dmaw$ready),
        .dmaw$addr(write$dmaw$addr),
        .dmaw$len(write$dmaw$len),
        .dmaw$data(write$dmaw$data),
        .dmaw$strb(write$dmaw$strb),
        .dmaw$first(write$dmaw$first),
        .dmaw$last(write$dmaw$last),
        .in_fire(write$in_fire),
        .piece_go(write$piece_go),
        .piece_end(write$piece_end),
        .piece_last(write$piece_last),
        .host(write$host),
        .nx_hit(write$nx_hit)
    );
    top$rx$host host(
        .clock(host$clock),
        .state(host$state),
        .rxq_base(host$rxq_base),
        .rxq_log2(host$rxq_log2),
        .rxq_tail(host$rxq_tail),
        .rxq_head(host$rxq_head),
        .desc_rd$req(desc_rd$req),
        .desc_rd$ready(desc_rd$ready),
        .desc_rd$addr(desc_rd$addr),
        .desc_rd$len(desc_rd$len),
        .desc_rd$beat(desc_rd$beat),
        .desc_rd$data(desc_rd$data),
        .desc_rd$last(desc_rd$last),
        .f_bytes(host$f_bytes),
        .cut(host$cut),
        .clear(host$clear),
        .rxq_empty(host$rxq_empty),
        .addr_beat(host$addr_beat),
        .buf_start(host$buf_start),
        .len_beat(host$len_beat),
        .buf_small(host$buf_small),
        .c_host(host$c_host),
        .c_nobuf(host$c_nobuf)
    );
    top$rx$events events(
        .clock(events$clock),
        .state(events$state),
        .eq_base(events$eq_base),
        .eq_log2(events$eq_log2),
        .eq_head(events$eq_head),
        .eq_tail(events$eq_tail),
        .load(events$load),
        .kind(events$kind),
        .reason(events$reason),
        .ctx(events$ctx),
        .a(events$a),
        .b(events$b),
        .c(events$c),
        .clear(events$clear),
        .dmaw$valid(events$dmaw$valid),
        .dmaw$ready(events$dmaw$ready),
        .dmaw$addr(events$dmaw$addr),
        .dmaw$len(events$dmaw$len),
        .dmaw$data(events$dmaw$data),
        .dmaw$strb(events$dmaw$strb),
        .dmaw$first(events$dmaw$first),
        .dmaw$last(events$dmaw$last),
        .lost(events$lost),
        .beat0(events$beat0),
        .written(events$written),
        .irq_event(events$irq_event),
        .irq_overflow(events$irq_overflow),
        .c_eq_overflow(events$c_eq_overflow)
    );
    top$rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$rx$ev_ret ev_ret(
        .d(ev_ret$d),
        .q(ev_ret$q),
        .clock(ev_ret$clock)
    );
    top$rx$words_read words_read(
        .d(words_read$d),
        .q(words_read$q),
        .clock(words_read$clock)
    );
    top$rx$all_read all_read(
        .d(all_read$d),
        .q(all_read$q),
        .clock(all_read$clock)
    );
    top$rx$ctx ctx(
        .d(ctx$d),
        .q(ctx$q),
        .clock(ctx$clock)
    );
    top$rx$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    
    // Update code
    assign state$clock = clock;
    assign ev_ret$clock = clock;
    assign words_read$clock = clock;
    assign all_read$clock = clock;
    assign ctx$clock = clock;
    assign sweep$clock = clock;
    assign ingress$clock = clock;
    assign classify$clock = clock;
    assign arrival$clock = clock;
    assign write$clock = clock;
    assign host$clock = clock;
    assign events$clock = clock;
    
    always @(*) begin
        state$d = state$q;
        ev_ret$d = ev_ret$q;
        words_read$d = words_read$q;
        all_read$d = all_read$q;
        ctx$d = ctx$q;
        sweep$d = sweep$q;
        ingress$data_read = 1'b0;
        ingress$info_read = 1'b0;
        pop_hdr = 1'b0;
        take = 1'b0;
        go_commit = 1'b0;
        go_arm = 1'b0;
        go_query = 1'b0;
        clear = 1'b0;
        ct_ack = 1'b0;
        arm_ack = 1'b0;
        q_ack = 1'b0;
        q_data = 32'h0;
        rst_ack = 1'b0;
        tx_event$ack = 1'b0;
        idle = 1'b0;
        events$load = 1'b0;
        events$kind = tx_event$kind;
        events$reason = 32'h0;
        events$ctx = tx_event$ctx;
        events$a = tx_event$a;
        events$b = tx_event$b;
        events$c = 32'h0;
        case (state$q)
            RxState$Idle:
                begin
                    idle = ~ct_req && ~arm_req && ~rst_req && ~tx_event$req;
                    if (rst_req) begin
                        sweep$d = 32'h0;
                        state$d = RxState$ResetSweep;
                    end
                    else if (ct_req) begin
                        ctx$d = ct_idx;
                        go_commit = 1'b1;
                        state$d = RxState$CmdCommit;
                    end
                    else if (arm_req) begin
                        arm_ack = 1'b1;
                        ctx$d = arm_idx;
                        go_arm = 1'b1;
                        state$d = RxState$CmdArmWait;
                    end
                    else if (q_req) begin
                        go_query = 1'b1;
                        state$d = RxState$CmdQueryWait;
                    end
                    else if (tx_event$req) begin
                        tx_event$ack = 1'b1;
                        events$load = 1'b1;
                        ev_ret$d = RxState$Idle;
                        state$d = RxState$EvPost;
                    end
                    else begin
                        take = ~ingress$info_empty;
                    end
                end
            RxState$Classify:
                begin
                    state$d = RxState$Discard;
                    if (classify$write_first) begin
                        pop_hdr = 1'b1;
                    end
                    if (classify$accept) begin
                        if (classify$rdma) begin
                            state$d = RxState$Check;
                        end
                        else begin
                            state$d = RxState$HDesc;
                        end
                    end
                end
            RxState$Check:
                begin
                    pop_hdr = classify$f_write;
                    state$d = RxState$Discard;
                    if (classify$check_host) begin
                        state$d = RxState$HDesc;
                    end
                    else if (classify$check_pass) begin
                        state$d = RxState$Mark;
                    end
                end
            RxState$Xlate:
                begin
                    pop_hdr = 1'b1;
                    if (write$piece_go) begin
                        state$d = RxState$WrRun;
                    end
                end
            RxState$HPiece:
                begin
                    if (host$buf_small) begin
                        state$d = RxState$Discard;
                    end
                    else if (write$piece_go) begin
                        state$d = RxState$WrRun;
                    end
                end
            RxState$WrRun:
                begin
                    if (write$in_fire) begin
                        ingress$data_read = 1'b1;
                        words_read$d = words_read$q + 32'h1;
                    end
                    if (write$piece_end) begin
                        if (write$piece_last) begin
                            if (write$host) begin
                                state$d = RxState$HDone;
                            end
                            else begin
                                state$d = RxState$Notify;
                            end
                        end
                        else if (write$host) begin
                            state$d = RxState$HPiece;
                        end
                        else if (~write$nx_hit) begin
                            state$d = RxState$Xlate;
                        end
                    end
                end
            RxState$Mark:
                begin
                    pop_hdr = 1'b1;
                    state$d = RxState$Discard;
                    if (classify$mark_dup) begin
                        state$d = RxState$Notify;
                    end
                    else if (classify$mark_place) begin
                        if (arrival$in_order) begin
                            state$d = RxState$AdvRun;
                        end
                        else begin
                            state$d = RxState$Xlate;
                        end
                    end
                end
            RxState$AdvRun:
                begin
                    pop_hdr = 1'b1;
                    if (arrival$run_whole) begin
                        state$d = RxState$AdvRead;
                    end
                    else begin
                        state$d = RxState$Xlate;
                    end
                end
            RxState$AdvRead:
                begin
                    state$d = RxState$AdvWait;
                end
            RxState$AdvWait:
                begin
                    state$d = RxState$AdvRun;
                end
            RxState$Notify:
                begin
                    state$d = RxState$Discard;
                    if (words_read$q == classify$f_words) begin
                        state$d = RxState$Idle;
                        take = all_read$q && ~ingress$info_empty && ~arrival$report && ~ct_req && ~arm_req && ~rst_req && ~q_req && ~tx_event$req;
                    end
                    if (arrival$report) begin
                        events$load = 1'b1;
                        events$kind = k_ev_rx;
                        events$reason = ((arrival$pending) & 8'hff);
                        events$ctx = ((ctx$q) & 16'hffff);
                        events$a = arrival$cum;
                        events$b = arrival$high;
                        events$c = arrival$done;
                        ev_ret$d = RxState$Discard;
                        state$d = RxState$EvPost;
                    end
                end
            RxState$EvPost:
                begin
                    if (events$lost) begin
                        state$d = ev_ret$q;
                    end
                    else if (events$beat0) begin
                        state$d = RxState$EvBeat1;
                    end
                end
            RxState$EvBeat1:
                begin
                    if (events$written) begin
                        state$d = ev_ret$q;
                    end
                end
            RxState$Discard:
                begin
                    if (words_read$q == classify$f_words) begin
                        state$d = RxState$Idle;
                    end
                    else if (~ingress$data_empty) begin
                        ingress$data_read = 1'b1;
                        words_read$d = words_read$q + 32'h1;
                    end
                end
            RxState$HDesc:
                begin
                    state$d = RxState$Discard;
                    if (~host$rxq_empty) begin
                        state$d = RxState$HDesc;
                        if (desc_rd$ready) begin
                            state$d = RxState$HDescWait;
                        end
                    end
                end
            RxState$HDescWait:
                begin
                    if (host$len_beat) begin
                        state$d = RxState$HPiece;
                    end
                end
            RxState$HDone:
                begin
                    events$load = 1'b1;
                    events$kind = k_ev_rx_frame;
                    events$ctx = 32'h0;
                    events$a = host$rxq_head;
                    events$b = ((classify$f_bytes) & 32'hffffffff);
                    ev_ret$d = RxState$Discard;
                    state$d = RxState$EvPost;
                end
            RxState$CmdCommit:
                begin
                    sweep$d = 32'h0;
                    state$d = RxState$CmdClear;
                end
            RxState$CmdClear:
                begin
                    sweep$d = sweep$q + 32'h1;
                    if (sweep$q == 32'h7f) begin
                        ct_ack = 1'b1;
                        state$d = RxState$Idle;
                    end
                end
            RxState$CmdArmWait:
                begin
                    words_read$d = classify$f_words;
                    state$d = RxState$Notify;
                end
            RxState$CmdQueryWait:
                begin
                    state$d = RxState$CmdQueryAck;
                end
            RxState$CmdQueryAck:
                begin
                    q_ack = 1'b1;
                    q_data = arrival$q_data;
                    state$d = RxState$Idle;
                end
            RxState$ResetSweep:
                begin
                    sweep$d = sweep$q + 32'h1;
                    if (&sweep$q) begin
                        clear = 1'b1;
                        rst_ack = 1'b1;
                        state$d = RxState$Idle;
                    end
                end
            default:
                begin
                    state$d = RxState$Idle;
                end
        endcase
        if (take) begin
            ingress$info_read = 1'b1;
            ctx$d = ingress$info[(at_header$dst_ctx)+:(6)];
            words_read$d = 32'h0;
            state$d = RxState$Classify;
        end
        if (pop_hdr && (words_read$q < 32'h5) && ~ingress$data_empty) begin
            ingress$data_read = 1'b1;
            words_read$d = words_read$q + 32'h1;
        end
        all_read$d = words_read$q == classify$f_words;
        if (ingress$data_read) begin
            all_read$d = (words_read$q + 32'h1) == classify$f_words;
        end
        if (state$q == RxState$CmdArmWait) begin
            all_read$d = 1'b1;
        end
        ingress$m_data = m_data;
        ingress$m_keep = m_keep;
        ingress$m_valid = m_valid;
        ingress$m_last = m_last;
        ingress$m_error = m_error;
        fill = ingress$fill;
        classify$state = state$q;
        classify$take = take;
        classify$head = ingress$info;
        classify$cfg_mac = cfg_mac;
        classify$cfg_enable = cfg_enable;
        classify$cfg_promisc = cfg_promisc;
        classify$ctx = ctx$q;
        classify$sweep = sweep$q[(32'h0)+:(6)];
        classify$clear = clear;
        classify$ct_data = ct_data;
        classify$rt_we = rt_we;
        classify$rt_waddr = rt_waddr;
        classify$rt_wdata = rt_wdata;
        classify$psn_far = arrival$psn_far;
        classify$psn_dup = arrival$psn_dup;
        arrival$state = state$q;
        arrival$ctx = ctx$q;
        arrival$sweep = sweep$q;
        arrival$go_commit = go_commit;
        arrival$ct_start = ct_start;
        arrival$go_arm = go_arm;
        arrival$arm_idx = arm_idx;
        arrival$go_query = go_query;
        arrival$q_kind = q_kind;
        arrival$q_ctx = q_ctx;
        arrival$q_word = q_word;
        arrival$take = take;
        arrival$head_ctx = ingress$info[(at_header$dst_ctx)+:(6)];
        arrival$head_word = ingress$info[(at_header$psn + 32'h5)+:(7)];
        arrival$f_psn = classify$f_psn;
        arrival$f_flags = classify$f_flags;
        arrival$cfg_coalesce = cfg_coalesce;
        arrival$mark_dup = classify$mark_dup;
        arrival$mark_place = classify$mark_place;
        q_high = arrival$q_high;
        q_done = arrival$q_done;
        write$state = state$q;
        write$rt_we = rt_we;
        write$region = classify$region;
        write$region_pl = classify$region_pl;
        write$region_first = classify$region_first;
        write$region_len = classify$region_len;
        write$f_len = classify$f_len;
        write$f_offset = classify$f_offset;
        write$f_bytes = classify$f_bytes;
        write$data = ingress$data;
        write$data_empty = ingress$data_empty;
        write$headers_read = (words_read$q >= 32'h5) || ((words_read$q == 32'h4) && ~ingress$data_empty);
        write$desc_data = host$buf_start;
        write$addr_beat = host$addr_beat;
        write$len_beat = host$len_beat;
        write$buf_small = host$buf_small;
        host$state = state$q;
        host$rxq_base = rxq_base;
        host$rxq_log2 = rxq_log2;
        host$rxq_tail = rxq_tail;
        host$f_bytes = classify$f_bytes;
        host$cut = ingress$cut;
        host$clear = clear;
        rxq_head = host$rxq_head;
        events$state = state$q;
        events$eq_base = eq_base;
        events$eq_log2 = eq_log2;
        events$eq_head = eq_head;
        events$clear = clear;
        eq_tail = events$eq_tail;
        irq_event = events$irq_event;
        irq_overflow = events$irq_overflow;
        dmaw$valid = write$dmaw$valid;
        dmaw$addr = write$dmaw$addr;
        dmaw$len = write$dmaw$len;
        dmaw$data = write$dmaw$data;
        dmaw$strb = write$dmaw$strb;
        dmaw$first = write$dmaw$first;
        dmaw$last = write$dmaw$last;
        if ((state$q == RxState$EvPost) || (state$q == RxState$EvBeat1)) begin
            dmaw$valid = events$dmaw$valid;
            dmaw$addr = events$dmaw$addr;
            dmaw$len = events$dmaw$len;
            dmaw$data = events$dmaw$data;
            dmaw$strb = events$dmaw$strb;
            dmaw$first = events$dmaw$first;
            dmaw$last = events$dmaw$last;
        end
        write$dmaw$ready = dmaw$ready;
        events$dmaw$ready = dmaw$ready;
        c_placed = classify$c_placed;
        c_placed_bytes = classify$c_placed_bytes;
        c_malformed = classify$c_malformed;
        c_ctx = classify$c_ctx;
        c_peer = classify$c_peer;
        c_tag = classify$c_tag;
        c_key = classify$c_key;
        c_bounds = classify$c_bounds;
        c_dup = classify$c_dup;
        c_window = classify$c_window;
        c_nobuf = host$c_nobuf;
        c_host = host$c_host;
        c_eq_overflow = events$c_eq_overflow;
    end
    
endmodule // top$rx


module top$rx$all_read(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$all_read


module top$rx$arrival(clock,state,ctx,sweep,go_commit,ct_start,go_arm,arm_idx,go_query,q_kind,q_ctx,q_word,take,head_ctx,head_word,f_psn,f_flags,cfg_coalesce,mark_dup,mark_place,psn_far,psn_dup,in_order,run_whole,report,cum,high,done,pending,q_data,q_high,q_done);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] state;
    input wire  [5:0] ctx;
    input wire  [12:0] sweep;
    input wire  go_commit;
    input wire  [31:0] ct_start;
    input wire  go_arm;
    input wire  [5:0] arm_idx;
    input wire  go_query;
    input wire  [1:0] q_kind;
    input wire  [5:0] q_ctx;
    input wire  [6:0] q_word;
    input wire  take;
    input wire  [5:0] head_ctx;
    input wire  [6:0] head_word;
    input wire  [31:0] f_psn;
    input wire  [7:0] f_flags;
    input wire  [15:0] cfg_coalesce;
    input wire  mark_dup;
    input wire  mark_place;
    output reg  psn_far;
    output reg  psn_dup;
    output reg  in_order;
    output reg  run_whole;
    output reg  report;
    output reg  [31:0] cum;
    output reg  [31:0] high;
    output reg  [15:0] done;
    output reg  [4:0] pending;
    output reg  [31:0] q_data;
    output reg  [31:0] q_high;
    output reg  [31:0] q_done;
    
    // Constant declarations
    localparam  k_word_bits = 32'h1f;
    localparam  k_one32 = 32'h1;
    localparam  k_ones32 = 32'hffffffff;
    localparam  k_flag_last = 8'h1;
    localparam  k_flag_ack_req = 8'h2;
    localparam  k_r_complete = 5'b1;
    localparam  k_r_ack_req = 5'b10;
    localparam  k_r_gap = 5'b100;
    localparam  k_r_dup = 5'b1000;
    localparam  k_r_coalesce = 5'b10000;
    localparam  at_arrival$cum = 10'b0;
    localparam  at_arrival$high = 10'b100000;
    localparam  at_arrival$done = 10'b1000000;
    localparam  at_arrival$pending = 10'b1100000;
    localparam  at_arrival$armed = 10'b1100101;
    localparam  at_arrival$in_order = 10'b1100110;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    reg  [5:0] arr_ram$read_address;
    wire arr_ram$read_clock;
    wire  [117:0] arr_ram$read_data;
    reg  [5:0] arr_ram$write_address;
    wire arr_ram$write_clock;
    reg  [117:0] arr_ram$write_data;
    reg  arr_ram$write_enable;
    reg  [12:0] placed_ram$read_address;
    wire placed_ram$read_clock;
    wire  [31:0] placed_ram$read_data;
    reg  [12:0] placed_ram$write_address;
    wire placed_ram$write_clock;
    reg  [31:0] placed_ram$write_data;
    reg  placed_ram$write_enable;
    reg  [12:0] last_ram$read_address;
    wire last_ram$read_clock;
    wire  [31:0] last_ram$read_data;
    reg  [12:0] last_ram$write_address;
    wire last_ram$write_clock;
    reg  [31:0] last_ram$write_data;
    reg  last_ram$write_enable;
    reg  [31:0] arr_cum$d;
    wire  [31:0] arr_cum$q;
    wire arr_cum$clock;
    reg  [31:0] arr_high$d;
    wire  [31:0] arr_high$q;
    wire arr_high$clock;
    reg  [31:0] arr_done$d;
    wire  [31:0] arr_done$q;
    wire arr_done$clock;
    reg  [4:0] arr_pend$d;
    wire  [4:0] arr_pend$q;
    wire arr_pend$clock;
    reg  arr_armed$d;
    wire  arr_armed$q;
    wire arr_armed$clock;
    reg  [15:0] arr_inord$d;
    wire  [15:0] arr_inord$q;
    wire arr_inord$clock;
    reg  in_order_r$d;
    wire  in_order_r$q;
    wire in_order_r$clock;
    reg  [31:0] cum_dist$d;
    wire  [31:0] cum_dist$q;
    wire cum_dist$clock;
    reg  psn_placed$d;
    wire  psn_placed$q;
    wire psn_placed$clock;
    reg  [31:0] placed_word$d;
    wire  [31:0] placed_word$q;
    wire placed_word$clock;
    reg  [31:0] high_gap$d;
    wire  [31:0] high_gap$q;
    wire high_gap$clock;
    reg  high_placed$d;
    wire  high_placed$q;
    wire high_placed$clock;
    reg  [31:0] bm_placed$d;
    wire  [31:0] bm_placed$q;
    wire bm_placed$clock;
    reg  [31:0] bm_last$d;
    wire  [31:0] bm_last$q;
    wire bm_last$clock;
    reg  [31:0] bm_run$d;
    wire  [31:0] bm_run$q;
    wire bm_run$clock;
    reg  [31:0] cum_therm$d;
    wire  [31:0] cum_therm$q;
    wire cum_therm$clock;
    reg  [31:0] psn_bit$d;
    wire  [31:0] psn_bit$q;
    wire psn_bit$clock;
    reg  [31:0] run_fill$d;
    wire  [31:0] run_fill$q;
    wire run_fill$clock;
    reg  wb_pending$d;
    wire  wb_pending$q;
    wire wb_pending$clock;
    reg  [6:0] wb_word$d;
    wire  [6:0] wb_word$q;
    wire wb_word$clock;
    reg  [31:0] run_step$d;
    wire  [31:0] run_step$q;
    wire run_step$clock;
    reg  [31:0] passed_bits$d;
    wire  [31:0] passed_bits$q;
    wire passed_bits$clock;
    reg  [4:0] run_lo$d;
    wire  [4:0] run_lo$q;
    wire run_lo$clock;
    reg  [4:0] run_hi$d;
    wire  [4:0] run_hi$q;
    wire run_hi$clock;
    reg  [4:0] passed_lo$d;
    wire  [4:0] passed_lo$q;
    wire passed_lo$clock;
    reg  [4:0] passed_hi$d;
    wire  [4:0] passed_hi$q;
    wire passed_hi$clock;
    reg  [31:0] run_count$bits;
    wire  [4:0] run_count$count_lo;
    wire  [4:0] run_count$count_hi;
    reg  [31:0] passed_count$bits;
    wire  [4:0] passed_count$count_lo;
    wire  [4:0] passed_count$count_hi;
    reg  [15:0] coalesce_m1$d;
    wire  [15:0] coalesce_m1$q;
    wire coalesce_m1$clock;
    reg  [1:0] q_kind_r$d;
    wire  [1:0] q_kind_r$q;
    wire q_kind_r$clock;
    reg  [31:0] ans_data$d;
    wire  [31:0] ans_data$q;
    wire ans_data$clock;
    reg  [31:0] ans_high$d;
    wire  [31:0] ans_high$q;
    wire ans_high$clock;
    reg  [31:0] ans_done$d;
    wire  [31:0] ans_done$q;
    wire ans_done$clock;
    
    // Local signals
    reg  [117:0] arr;
    reg  [31:0] psn_dist;
    reg  high_ahead;
    reg  [31:0] new_high;
    reg  [31:0] run_bits;
    reg  [31:0] run_mask;
    reg  [31:0] new_placed;
    reg  [31:0] new_last;
    reg  [4:0] pend_mark;
    
    // Sub module instances
    top$rx$arrival$arr_ram arr_ram(
        .read_address(arr_ram$read_address),
        .read_clock(arr_ram$read_clock),
        .read_data(arr_ram$read_data),
        .write_address(arr_ram$write_address),
        .write_clock(arr_ram$write_clock),
        .write_data(arr_ram$write_data),
        .write_enable(arr_ram$write_enable)
    );
    top$rx$arrival$placed_ram placed_ram(
        .read_address(placed_ram$read_address),
        .read_clock(placed_ram$read_clock),
        .read_data(placed_ram$read_data),
        .write_address(placed_ram$write_address),
        .write_clock(placed_ram$write_clock),
        .write_data(placed_ram$write_data),
        .write_enable(placed_ram$write_enable)
    );
    top$rx$arrival$last_ram last_ram(
        .read_address(last_ram$read_address),
        .read_clock(last_ram$read_clock),
        .read_data(last_ram$read_data),
        .write_address(last_ram$write_address),
        .write_clock(last_ram$write_clock),
        .write_data(last_ram$write_data),
        .write_enable(last_ram$write_enable)
    );
    top$rx$arrival$arr_cum arr_cum(
        .d(arr_cum$d),
        .q(arr_cum$q),
        .clock(arr_cum$clock)
    );
    top$rx$arrival$arr_high arr_high(
        .d(arr_high$d),
        .q(arr_high$q),
        .clock(arr_high$clock)
    );
    top$rx$arrival$arr_done arr_done(
        .d(arr_done$d),
        .q(arr_done$q),
        .clock(arr_done$clock)
    );
    top$rx$arrival$arr_pend arr_pend(
        .d(arr_pend$d),
        .q(arr_pend$q),
        .clock(arr_pend$clock)
    );
    top$rx$arrival$arr_armed arr_armed(
        .d(arr_armed$d),
        .q(arr_armed$q),
        .clock(arr_armed$clock)
    );
    top$rx$arrival$arr_inord arr_inord(
        .d(arr_inord$d),
        .q(arr_inord$q),
        .clock(arr_inord$clock)
    );
    top$rx$arrival$in_order_r in_order_r(
        .d(in_order_r$d),
        .q(in_order_r$q),
        .clock(in_order_r$clock)
    );
    top$rx$arrival$cum_dist cum_dist(
        .d(cum_dist$d),
        .q(cum_dist$q),
        .clock(cum_dist$clock)
    );
    top$rx$arrival$psn_placed psn_placed(
        .d(psn_placed$d),
        .q(psn_placed$q),
        .clock(psn_placed$clock)
    );
    top$rx$arrival$placed_word placed_word(
        .d(placed_word$d),
        .q(placed_word$q),
        .clock(placed_word$clock)
    );
    top$rx$arrival$high_gap high_gap(
        .d(high_gap$d),
        .q(high_gap$q),
        .clock(high_gap$clock)
    );
    top$rx$arrival$high_placed high_placed(
        .d(high_placed$d),
        .q(high_placed$q),
        .clock(high_placed$clock)
    );
    top$rx$arrival$bm_placed bm_placed(
        .d(bm_placed$d),
        .q(bm_placed$q),
        .clock(bm_placed$clock)
    );
    top$rx$arrival$bm_last bm_last(
        .d(bm_last$d),
        .q(bm_last$q),
        .clock(bm_last$clock)
    );
    top$rx$arrival$bm_run bm_run(
        .d(bm_run$d),
        .q(bm_run$q),
        .clock(bm_run$clock)
    );
    top$rx$arrival$cum_therm cum_therm(
        .d(cum_therm$d),
        .q(cum_therm$q),
        .clock(cum_therm$clock)
    );
    top$rx$arrival$psn_bit psn_bit(
        .d(psn_bit$d),
        .q(psn_bit$q),
        .clock(psn_bit$clock)
    );
    top$rx$arrival$run_fill run_fill(
        .d(run_fill$d),
        .q(run_fill$q),
        .clock(run_fill$clock)
    );
    top$rx$arrival$wb_pending wb_pending(
        .d(wb_pending$d),
        .q(wb_pending$q),
        .clock(wb_pending$clock)
    );
    top$rx$arrival$wb_word wb_word(
        .d(wb_word$d),
        .q(wb_word$q),
        .clock(wb_word$clock)
    );
    top$rx$arrival$run_step run_step(
        .d(run_step$d),
        .q(run_step$q),
        .clock(run_step$clock)
    );
    top$rx$arrival$passed_bits passed_bits(
        .d(passed_bits$d),
        .q(passed_bits$q),
        .clock(passed_bits$clock)
    );
    top$rx$arrival$run_lo run_lo(
        .d(run_lo$d),
        .q(run_lo$q),
        .clock(run_lo$clock)
    );
    top$rx$arrival$run_hi run_hi(
        .d(run_hi$d),
        .q(run_hi$q),
        .clock(run_hi$clock)
    );
    top$rx$arrival$passed_lo passed_lo(
        .d(passed_lo$d),
        .q(passed_lo$q),
        .clock(passed_lo$clock)
    );
    top$rx$arrival$passed_hi passed_hi(
        .d(passed_hi$d),
        .q(passed_hi$q),
        .clock(passed_hi$clock)
    );
    top$rx$arrival$run_count run_count(
        .bits(run_count$bits),
        .count_lo(run_count$count_lo),
        .count_hi(run_count$count_hi)
    );
    top$rx$arrival$passed_count passed_count(
        .bits(passed_count$bits),
        .count_lo(passed_count$count_lo),
        .count_hi(passed_count$count_hi)
    );
    top$rx$arrival$coalesce_m1 coalesce_m1(
        .d(coalesce_m1$d),
        .q(coalesce_m1$q),
        .clock(coalesce_m1$clock)
    );
    top$rx$arrival$q_kind_r q_kind_r(
        .d(q_kind_r$d),
        .q(q_kind_r$q),
        .clock(q_kind_r$clock)
    );
    top$rx$arrival$ans_data ans_data(
        .d(ans_data$d),
        .q(ans_data$q),
        .clock(ans_data$clock)
    );
    top$rx$arrival$ans_high ans_high(
        .d(ans_high$d),
        .q(ans_high$q),
        .clock(ans_high$clock)
    );
    top$rx$arrival$ans_done ans_done(
        .d(ans_done$d),
        .q(ans_done$q),
        .clock(ans_done$clock)
    );
    
    // Update code
    assign arr_cum$clock = clock;
    assign arr_high$clock = clock;
    assign arr_done$clock = clock;
    assign arr_pend$clock = clock;
    assign arr_armed$clock = clock;
    assign arr_inord$clock = clock;
    assign in_order_r$clock = clock;
    assign cum_dist$clock = clock;
    assign psn_placed$clock = clock;
    assign placed_word$clock = clock;
    assign high_gap$clock = clock;
    assign high_placed$clock = clock;
    assign bm_placed$clock = clock;
    assign bm_last$clock = clock;
    assign bm_run$clock = clock;
    assign cum_therm$clock = clock;
    assign psn_bit$clock = clock;
    assign run_fill$clock = clock;
    assign wb_pending$clock = clock;
    assign wb_word$clock = clock;
    assign run_step$clock = clock;
    assign passed_bits$clock = clock;
    assign run_lo$clock = clock;
    assign run_hi$clock = clock;
    assign passed_lo$clock = clock;
    assign passed_hi$clock = clock;
    assign coalesce_m1$clock = clock;
    assign q_kind_r$clock = clock;
    assign ans_data$clock = clock;
    assign ans_high$clock = clock;
    assign ans_done$clock = clock;
    assign arr_ram$read_clock = clock;
    assign arr_ram$write_clock = clock;
    assign placed_ram$read_clock = clock;
    assign placed_ram$write_clock = clock;
    assign last_ram$read_clock = clock;
    assign last_ram$write_clock = clock;
    
    always @(*) begin
        arr_cum$d = arr_cum$q;
        arr_high$d = arr_high$q;
        arr_done$d = arr_done$q;
        arr_pend$d = arr_pend$q;
        arr_armed$d = arr_armed$q;
        arr_inord$d = arr_inord$q;
        in_order_r$d = in_order_r$q;
        cum_dist$d = cum_dist$q;
        psn_placed$d = psn_placed$q;
        placed_word$d = placed_word$q;
        high_gap$d = high_gap$q;
        high_placed$d = high_placed$q;
        bm_placed$d = bm_placed$q;
        bm_last$d = bm_last$q;
        bm_run$d = bm_run$q;
        cum_therm$d = cum_therm$q;
        psn_bit$d = psn_bit$q;
        run_fill$d = run_fill$q;
        wb_pending$d = wb_pending$q;
        wb_word$d = wb_word$q;
        run_step$d = run_step$q;
        passed_bits$d = passed_bits$q;
        run_lo$d = run_lo$q;
        run_hi$d = run_hi$q;
        passed_lo$d = passed_lo$q;
        passed_hi$d = passed_hi$q;
        coalesce_m1$d = coalesce_m1$q;
        q_kind_r$d = q_kind_r$q;
        ans_data$d = ans_data$q;
        ans_high$d = ans_high$q;
        ans_done$d = ans_done$q;
        arr_ram$read_address = ctx;
        placed_ram$read_address = ((ctx) & 13'h1fff) << 32'h7;
        last_ram$read_address = ((ctx) & 13'h1fff) << 32'h7;
        arr_ram$write_enable = 1'b0;
        arr_ram$write_address = ctx;
        arr_ram$write_data = (((arr_cum$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$cum) | (((arr_high$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$high) | (((arr_done$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$done) | (((arr_pend$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$pending) | (((arr_armed$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$armed) | (((arr_inord$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$in_order);
        placed_ram$write_enable = 1'b0;
        placed_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((arr_cum$q[(32'h5)+:(7)]) & 13'h1fff);
        placed_ram$write_data = bm_placed$q;
        last_ram$write_enable = 1'b0;
        last_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((arr_cum$q[(32'h5)+:(7)]) & 13'h1fff);
        last_ram$write_data = bm_last$q;
        placed_word$d = placed_ram$read_data;
        arr = arr_ram$read_data;
        q_data = ans_data$q;
        q_high = ans_high$q;
        q_done = ans_done$q;
        in_order = in_order_r$q;
        report = |arr_armed$q && |arr_pend$q;
        cum = arr_cum$q;
        high = arr_high$q;
        done = arr_done$q[(32'h0)+:(16)];
        pending = arr_pend$q;
        psn_dist = f_psn - arr[(at_arrival$cum)+:(32)];
        psn_far = ~cum_dist$q[32'h1f] && |cum_dist$q[(32'hc)+:(19)];
        psn_dup = cum_dist$q[32'h1f] || psn_placed$q;
        new_high = f_psn + 32'h1;
        high_gap$d = f_psn - arr_high$q;
        high_ahead = ~high_gap$q[32'h1f] && ~&high_gap$q[(32'h0)+:(31)];
        high_placed$d = 1'b0;
        if (high_placed$q && high_ahead) begin
            arr_high$d = new_high;
        end
        cum_therm$d = k_ones32 << arr_cum$q[(32'h0)+:(5)];
        psn_bit$d = k_one32 << f_psn[(32'h0)+:(5)];
        run_bits = run_fill$q & ~(run_fill$q + 32'h1);
        run_mask = run_bits & cum_therm$q;
        run_whole = &run_fill$q;
        wb_pending$d = 1'b0;
        run_step$d = 32'h0;
        run_count$bits = run_step$q;
        run_lo$d = run_count$count_lo;
        run_hi$d = run_count$count_hi;
        passed_bits$d = 32'h0;
        passed_count$bits = passed_bits$q;
        passed_lo$d = passed_count$count_lo;
        passed_hi$d = passed_count$count_hi;
        coalesce_m1$d = cfg_coalesce - 32'h1;
        pend_mark = arr_pend$q;
        new_placed = bm_placed$q | psn_bit$q;
        new_last = bm_last$q;
        if (|(f_flags & k_flag_last)) begin
            new_last = bm_last$q | psn_bit$q;
        end
        if (go_commit) begin
            arr_cum$d = ct_start;
            arr_high$d = ct_start;
            arr_done$d = 32'h0;
            arr_pend$d = 32'h0;
            arr_armed$d = 32'h1;
            arr_inord$d = 32'h0;
        end
        if (go_arm) begin
            arr_ram$read_address = arm_idx;
        end
        if (go_query) begin
            q_kind_r$d = q_kind;
            arr_ram$read_address = q_ctx;
            placed_ram$read_address = (((q_ctx) & 13'h1fff) << 32'h7) | ((q_word) & 13'h1fff);
        end
        if (take) begin
            placed_ram$read_address = (((head_ctx) & 13'h1fff) << 32'h7) | ((head_word) & 13'h1fff);
        end
        case (state)
            RxState$Classify:
                begin
                    placed_ram$read_address = (((ctx) & 13'h1fff) << 32'h7) | ((f_psn[(32'h5)+:(7)]) & 13'h1fff);
                    last_ram$read_address = (((ctx) & 13'h1fff) << 32'h7) | ((f_psn[(32'h5)+:(7)]) & 13'h1fff);
                end
            RxState$Check:
                begin
                    arr_cum$d = arr[(at_arrival$cum)+:(32)];
                    arr_high$d = arr[(at_arrival$high)+:(32)];
                    arr_done$d = arr[(at_arrival$done)+:(32)];
                    arr_pend$d = arr[(at_arrival$pending)+:(5)];
                    arr_armed$d = arr[(at_arrival$armed)+:(1)];
                    arr_inord$d = arr[(at_arrival$in_order)+:(16)];
                    in_order_r$d = psn_dist == 32'h0;
                    cum_dist$d = psn_dist;
                    psn_placed$d = |(placed_word$q & psn_bit$q);
                    bm_placed$d = placed_ram$read_data;
                    bm_last$d = last_ram$read_data;
                end
            RxState$Mark:
                begin
                    placed_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((f_psn[(32'h5)+:(7)]) & 13'h1fff);
                    placed_ram$write_data = new_placed;
                    last_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((f_psn[(32'h5)+:(7)]) & 13'h1fff);
                    last_ram$write_data = new_last;
                    if (mark_dup) begin
                        arr_pend$d = arr_pend$q | k_r_dup;
                    end
                    else if (mark_place) begin
                        bm_placed$d = new_placed;
                        bm_run$d = new_placed;
                        bm_last$d = new_last;
                        placed_ram$write_enable = 1'b1;
                        last_ram$write_enable = 1'b1;
                        high_placed$d = 1'b1;
                        pend_mark = arr_pend$q;
                        if (~in_order_r$q) begin
                            pend_mark = pend_mark | k_r_gap;
                        end
                        if (|(f_flags & k_flag_ack_req)) begin
                            pend_mark = pend_mark | k_r_ack_req;
                        end
                        if (in_order_r$q) begin
                            arr_inord$d = arr_inord$q + 32'h1;
                            if (|cfg_coalesce && (arr_inord$q >= coalesce_m1$q)) begin
                                pend_mark = pend_mark | k_r_coalesce;
                                arr_inord$d = 32'h0;
                            end
                        end
                        arr_pend$d = pend_mark;
                    end
                end
            RxState$AdvRun:
                begin
                    bm_placed$d = bm_placed$q & ~run_mask;
                    bm_last$d = bm_last$q & ~run_mask;
                    wb_pending$d = 1'b1;
                    wb_word$d = arr_cum$q[(32'h5)+:(7)];
                    passed_bits$d = bm_last$q & run_mask;
                    if (run_whole) begin
                        arr_cum$d = (arr_cum$q | 32'h1f) + 32'h1;
                    end
                    else begin
                        run_step$d = run_mask;
                    end
                end
            RxState$AdvRead:
                begin
                    placed_ram$read_address = (((ctx) & 13'h1fff) << 32'h7) | ((arr_cum$q[(32'h5)+:(7)]) & 13'h1fff);
                    last_ram$read_address = (((ctx) & 13'h1fff) << 32'h7) | ((arr_cum$q[(32'h5)+:(7)]) & 13'h1fff);
                end
            RxState$AdvWait:
                begin
                    bm_placed$d = placed_ram$read_data;
                    bm_last$d = last_ram$read_data;
                end
            RxState$Notify:
                begin
                    if (|arr_armed$q && |arr_pend$q) begin
                        arr_pend$d = 32'h0;
                        arr_armed$d = 32'h0;
                        arr_inord$d = 32'h0;
                    end
                    arr_ram$write_enable = 1'b1;
                    arr_ram$write_data = (((arr_cum$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$cum) | (((arr_high$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$high) | (((arr_done$q) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$done) | (((arr_pend$d) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$pending) | (((arr_armed$d) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$armed) | (((arr_inord$d) & 118'h3fffffffffffffffffffffffffffff) << at_arrival$in_order);
                end
            RxState$CmdCommit:
                begin
                    arr_ram$write_enable = 1'b1;
                end
            RxState$CmdClear:
                begin
                    placed_ram$write_enable = 1'b1;
                    placed_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((sweep[(32'h0)+:(7)]) & 13'h1fff);
                    placed_ram$write_data = 32'h0;
                    last_ram$write_enable = 1'b1;
                    last_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((sweep[(32'h0)+:(7)]) & 13'h1fff);
                    last_ram$write_data = 32'h0;
                end
            RxState$CmdArmWait:
                begin
                    arr_cum$d = arr[(at_arrival$cum)+:(32)];
                    arr_high$d = arr[(at_arrival$high)+:(32)];
                    arr_done$d = arr[(at_arrival$done)+:(32)];
                    arr_pend$d = arr[(at_arrival$pending)+:(5)];
                    arr_armed$d = 32'h1;
                    arr_inord$d = arr[(at_arrival$in_order)+:(16)];
                end
            RxState$CmdQueryWait:
                begin
                    ans_data$d = placed_ram$read_data;
                    if (q_kind_r$q == 32'h0) begin
                        ans_data$d = arr[(at_arrival$cum)+:(32)];
                    end
                    ans_high$d = arr[(at_arrival$high)+:(32)];
                    ans_done$d = arr[(at_arrival$done)+:(32)];
                end
            RxState$ResetSweep:
                begin
                    placed_ram$write_enable = 1'b1;
                    placed_ram$write_address = sweep;
                    placed_ram$write_data = 32'h0;
                    last_ram$write_enable = 1'b1;
                    last_ram$write_address = sweep;
                    last_ram$write_data = 32'h0;
                    arr_ram$write_enable = 1'b1;
                    arr_ram$write_address = sweep[(32'h0)+:(6)];
                    arr_ram$write_data = 32'h0;
                end
            default:
                begin
                end
        endcase
        if (|run_lo$q || |run_hi$q) begin
            arr_cum$d = (arr_cum$q & ~k_word_bits) | ((((arr_cum$q[(32'h0)+:(5)]) & 6'h3f) + ((run_lo$q) & 6'h3f) + ((run_hi$q) & 6'h3f)) & 32'hffffffff);
        end
        if (|passed_lo$q || |passed_hi$q) begin
            arr_done$d = arr_done$q + ((((passed_lo$q) & 6'h3f) + ((passed_hi$q) & 6'h3f)) & 32'hffffffff);
            arr_pend$d = arr_pend$q | k_r_complete;
        end
        if (wb_pending$q) begin
            placed_ram$write_enable = 1'b1;
            placed_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((wb_word$q) & 13'h1fff);
            placed_ram$write_data = bm_placed$q;
            last_ram$write_enable = 1'b1;
            last_ram$write_address = (((ctx) & 13'h1fff) << 32'h7) | ((wb_word$q) & 13'h1fff);
            last_ram$write_data = bm_last$q;
        end
        run_fill$d = bm_run$d | ~cum_therm$d;
        if (state == RxState$AdvWait) begin
            run_fill$d = placed_ram$read_data;
        end
    end
    
endmodule // top$rx$arrival


module top$rx$arrival$ans_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$ans_data


module top$rx$arrival$ans_done(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$ans_done


module top$rx$arrival$ans_high(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$ans_high


module top$rx$arrival$arr_armed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_armed


module top$rx$arrival$arr_cum(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_cum


module top$rx$arrival$arr_done(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_done


module top$rx$arrival$arr_high(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_high


module top$rx$arrival$arr_inord(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_inord


module top$rx$arrival$arr_pend(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$arr_pend


module top$rx$arrival$arr_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [117:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [117:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[117:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$arrival$arr_ram


module top$rx$arrival$bm_last(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$bm_last


module top$rx$arrival$bm_placed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$bm_placed


module top$rx$arrival$bm_run(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$bm_run


module top$rx$arrival$coalesce_m1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$coalesce_m1


module top$rx$arrival$cum_dist(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$cum_dist


module top$rx$arrival$cum_therm(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$cum_therm


module top$rx$arrival$high_gap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$high_gap


module top$rx$arrival$high_placed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$high_placed


module top$rx$arrival$in_order_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$in_order_r


module top$rx$arrival$last_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [12:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [12:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[8191:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$arrival$last_ram


module top$rx$arrival$passed_bits(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$passed_bits


module top$rx$arrival$passed_count(bits,count_lo,count_hi);
    
    // Module arguments
    input wire  [31:0] bits;
    output reg  [4:0] count_lo;
    output reg  [4:0] count_hi;
    
    // Constant declarations
    localparam  k_m1 = 32'h55555555;
    localparam  k_m2 = 32'h33333333;
    
    // Local signals
    reg  [31:0] pairs;
    reg  [31:0] nibbles;
    
    // Update code
    always @(*) begin
        pairs = (bits & k_m1) + ((bits >> 32'h1) & k_m1);
        nibbles = (pairs & k_m2) + ((pairs >> 32'h2) & k_m2);
        count_lo = (((nibbles[(32'h0)+:(4)]) & 5'h1f) + ((nibbles[(32'h4)+:(4)]) & 5'h1f)) + (((nibbles[(32'h8)+:(4)]) & 5'h1f) + ((nibbles[(32'hc)+:(4)]) & 5'h1f));
        count_hi = (((nibbles[(32'h10)+:(4)]) & 5'h1f) + ((nibbles[(32'h14)+:(4)]) & 5'h1f)) + (((nibbles[(32'h18)+:(4)]) & 5'h1f) + ((nibbles[(32'h1c)+:(4)]) & 5'h1f));
    end
    
endmodule // top$rx$arrival$passed_count


module top$rx$arrival$passed_hi(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$passed_hi


module top$rx$arrival$passed_lo(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$passed_lo


module top$rx$arrival$placed_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [12:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [12:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[8191:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$arrival$placed_ram


module top$rx$arrival$placed_word(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$placed_word


module top$rx$arrival$psn_bit(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$psn_bit


module top$rx$arrival$psn_placed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$psn_placed


module top$rx$arrival$q_kind_r(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$q_kind_r


module top$rx$arrival$run_count(bits,count_lo,count_hi);
    
    // Module arguments
    input wire  [31:0] bits;
    output reg  [4:0] count_lo;
    output reg  [4:0] count_hi;
    
    // Constant declarations
    localparam  k_m1 = 32'h55555555;
    localparam  k_m2 = 32'h33333333;
    
    // Local signals
    reg  [31:0] pairs;
    reg  [31:0] nibbles;
    
    // Update code
    always @(*) begin
        pairs = (bits & k_m1) + ((bits >> 32'h1) & k_m1);
        nibbles = (pairs & k_m2) + ((pairs >> 32'h2) & k_m2);
        count_lo = (((nibbles[(32'h0)+:(4)]) & 5'h1f) + ((nibbles[(32'h4)+:(4)]) & 5'h1f)) + (((nibbles[(32'h8)+:(4)]) & 5'h1f) + ((nibbles[(32'hc)+:(4)]) & 5'h1f));
        count_hi = (((nibbles[(32'h10)+:(4)]) & 5'h1f) + ((nibbles[(32'h14)+:(4)]) & 5'h1f)) + (((nibbles[(32'h18)+:(4)]) & 5'h1f) + ((nibbles[(32'h1c)+:(4)]) & 5'h1f));
    end
    
endmodule // top$rx$arrival$run_count


module top$rx$arrival$run_fill(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$run_fill


module top$rx$arrival$run_hi(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$run_hi


module top$rx$arrival$run_lo(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$run_lo


module top$rx$arrival$run_step(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$run_step


module top$rx$arrival$wb_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$wb_pending


module top$rx$arrival$wb_word(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$arrival$wb_word


module top$rx$classify(clock,state,take,head,cfg_mac,cfg_enable,cfg_promisc,ctx,sweep,clear,ct_data,rt_we,rt_waddr,rt_wdata,psn_far,psn_dup,f_psn,f_flags,f_len,f_offset,f_bytes,f_words,f_write,region,region_pl,region_first,region_len,accept,rdma,write_first,check_host,check_pass,mark_dup,mark_place,c_placed,c_placed_bytes,c_malformed,c_ctx,c_peer,c_tag,c_key,c_bounds,c_dup,c_window);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] state;
    input wire  take;
    input wire  [394:0] head;
    input wire  [47:0] cfg_mac;
    input wire  cfg_enable;
    input wire  cfg_promisc;
    input wire  [5:0] ctx;
    input wire  [5:0] sweep;
    input wire  clear;
    input wire  [112:0] ct_data;
    input wire  rt_we;
    input wire  [9:0] rt_waddr;
    input wire  [207:0] rt_wdata;
    input wire  psn_far;
    input wire  psn_dup;
    output reg  [31:0] f_psn;
    output reg  [7:0] f_flags;
    output reg  [15:0] f_len;
    output reg  [47:0] f_offset;
    output reg  [13:0] f_bytes;
    output reg  [10:0] f_words;
    output reg  f_write;
    output reg  [9:0] region;
    output reg  [63:0] region_pl;
    output reg  [11:0] region_first;
    output reg  [48:0] region_len;
    output reg  accept;
    output reg  rdma;
    output reg  write_first;
    output reg  check_host;
    output reg  check_pass;
    output reg  mark_dup;
    output reg  mark_place;
    output reg  [31:0] c_placed;
    output reg  [31:0] c_placed_bytes;
    output reg  [31:0] c_malformed;
    output reg  [31:0] c_ctx;
    output reg  [31:0] c_peer;
    output reg  [31:0] c_tag;
    output reg  [31:0] c_key;
    output reg  [31:0] c_bounds;
    output reg  [31:0] c_dup;
    output reg  [31:0] c_window;
    
    // Constant declarations
    localparam  k_ethertype = 16'h88b5;
    localparam  k_version = 4'h1;
    localparam  k_op_write = 4'h1;
    localparam  k_op_ack = 4'h2;
    localparam  k_op_nack = 4'h3;
    localparam  k_flags_unknown = 8'hfc;
    localparam  k_max_write = 16'h23e0;
    localparam  k_max_nack_len = 16'h200;
    localparam  k_headers = 16'h2e;
    localparam  k_contexts = 16'h40;
    localparam  k_regions = 16'h400;
    localparam  k_rt_valid = 3'b1;
    localparam  k_rt_remote = 3'b10;
    localparam  at_header$dst = 10'b101000000;
    localparam  at_header$group = 10'b101101000;
    localparam  at_header$src = 10'b100010000;
    localparam  at_header$ethertype = 10'b100000000;
    localparam  at_header$ver_op = 10'b11111000;
    localparam  at_header$op = 10'b11111000;
    localparam  at_header$version = 10'b11111100;
    localparam  at_header$flags = 10'b11110000;
    localparam  at_header$length = 10'b11100000;
    localparam  at_header$dst_ctx = 10'b11010000;
    localparam  at_header$src_ctx = 10'b11000000;
    localparam  at_header$dst_tag = 10'b10100000;
    localparam  at_header$psn = 10'b10000000;
    localparam  at_header$key = 10'b1000000;
    localparam  at_header$region = 10'b110000;
    localparam  at_header$offset = 10'b0;
    localparam  at_header$first_word = 10'b100110000;
    localparam  at_info$header = 10'b0;
    localparam  at_info$nack_bad = 10'b101110000;
    localparam  at_info$bad = 10'b101110001;
    localparam  at_info$words = 10'b101110010;
    localparam  at_info$bytes = 10'b101111101;
    localparam  at_context$peer_mac = 10'b0;
    localparam  at_context$peer_ctx = 10'b110000;
    localparam  at_context$tag = 10'b1000000;
    localparam  at_context$pd = 10'b1100000;
    localparam  at_context$valid = 10'b1110000;
    localparam  at_region$key = 10'b0;
    localparam  at_region$len = 10'b1000000;
    localparam  at_region$pl = 10'b1110001;
    localparam  at_region$first = 10'b10110001;
    localparam  at_region$pd = 10'b10111101;
    localparam  at_region$flags = 10'b11001101;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    reg  [5:0] ct_ram$read_address;
    wire ct_ram$read_clock;
    wire  [112:0] ct_ram$read_data;
    reg  [5:0] ct_ram$write_address;
    wire ct_ram$write_clock;
    reg  [112:0] ct_ram$write_data;
    reg  ct_ram$write_enable;
    reg  [9:0] rt_ram$read_address;
    wire rt_ram$read_clock;
    wire  [207:0] rt_ram$read_data;
    reg  [9:0] rt_ram$write_address;
    wire rt_ram$write_clock;
    reg  [207:0] rt_ram$write_data;
    reg  rt_ram$write_enable;
    reg  [394:0] info$d;
    wire  [394:0] info$q;
    wire info$clock;
    reg  [9:0] region_r$d;
    wire  [9:0] region_r$q;
    wire region_r$clock;
    reg  head_for_me$d;
    wire  head_for_me$q;
    wire head_for_me$clock;
    reg  head_uzura$d;
    wire  head_uzura$q;
    wire head_uzura$clock;
    reg  head_write$d;
    wire  head_write$q;
    wire head_write$clock;
    reg  malformed_len$d;
    wire  malformed_len$q;
    wire malformed_len$clock;
    reg  malformed_fields$d;
    wire  malformed_fields$q;
    wire malformed_fields$clock;
    reg  malformed_write$d;
    wire  malformed_write$q;
    wire malformed_write$clock;
    reg  malformed_ctl$d;
    wire  malformed_ctl$q;
    wire malformed_ctl$clock;
    reg  malformed_ctl_len$d;
    wire  malformed_ctl_len$q;
    wire malformed_ctl_len$clock;
    reg  bad_ctx$d;
    wire  bad_ctx$q;
    wire bad_ctx$clock;
    reg  bad_peer$d;
    wire  bad_peer$q;
    wire bad_peer$clock;
    reg  bad_tag$d;
    wire  bad_tag$q;
    wire bad_tag$clock;
    reg  [63:0] rt_key$d;
    wire  [63:0] rt_key$q;
    wire rt_key$clock;
    reg  [15:0] rt_owner$d;
    wire  [15:0] rt_owner$q;
    wire rt_owner$clock;
    reg  [2:0] rt_flags$d;
    wire  [2:0] rt_flags$q;
    wire rt_flags$clock;
    reg  bad_region$d;
    wire  bad_region$q;
    wire bad_region$clock;
    reg  bad_owner$d;
    wire  bad_owner$q;
    wire bad_owner$clock;
    reg  bad_key$d;
    wire  bad_key$q;
    wire bad_key$clock;
    reg  [48:0] rt_len$d;
    wire  [48:0] rt_len$q;
    wire rt_len$clock;
    reg  [49:0] f_end$d;
    wire  [49:0] f_end$q;
    wire f_end$clock;
    reg  bad_bounds$d;
    wire  bad_bounds$q;
    wire bad_bounds$clock;
    reg  [31:0] cnt_placed$d;
    wire  [31:0] cnt_placed$q;
    wire cnt_placed$clock;
    reg  [31:0] cnt_placed_bytes$d;
    wire  [31:0] cnt_placed_bytes$q;
    wire cnt_placed_bytes$clock;
    reg  [31:0] cnt_malformed$d;
    wire  [31:0] cnt_malformed$q;
    wire cnt_malformed$clock;
    reg  [31:0] cnt_ctx$d;
    wire  [31:0] cnt_ctx$q;
    wire cnt_ctx$clock;
    reg  [31:0] cnt_peer$d;
    wire  [31:0] cnt_peer$q;
    wire cnt_peer$clock;
    reg  [31:0] cnt_tag$d;
    wire  [31:0] cnt_tag$q;
    wire cnt_tag$clock;
    reg  [31:0] cnt_key$d;
    wire  [31:0] cnt_key$q;
    wire cnt_key$clock;
    reg  [31:0] cnt_bounds$d;
    wire  [31:0] cnt_bounds$q;
    wire cnt_bounds$clock;
    reg  [31:0] cnt_dup$d;
    wire  [31:0] cnt_dup$q;
    wire cnt_dup$clock;
    reg  [31:0] cnt_window$d;
    wire  [31:0] cnt_window$q;
    wire cnt_window$clock;
    
    // Local signals
    reg  [15:0] f_ctx;
    reg  [15:0] f_region;
    reg  [3:0] f_op;
    reg  f_group;
    reg  malformed;
    reg  [112:0] ct;
    reg  [207:0] rt;
    reg  mark_key;
    
    // Sub module instances
    top$rx$classify$ct_ram ct_ram(
        .read_address(ct_ram$read_address),
        .read_clock(ct_ram$read_clock),
        .read_data(ct_ram$read_data),
        .write_address(ct_ram$write_address),
        .write_clock(ct_ram$write_clock),
        .write_data(ct_ram$write_data),
        .write_enable(ct_ram$write_enable)
    );
    top$rx$classify$rt_ram rt_ram(
        .read_address(rt_ram$read_address),
        .read_clock(rt_ram$read_clock),
        .read_data(rt_ram$read_data),
        .write_address(rt_ram$write_address),
        .write_clock(rt_ram$write_clock),
        .write_data(rt_ram$write_data),
        .write_enable(rt_ram$write_enable)
    );
    top$rx$classify$info info(
        .d(info$d),
        .q(info$q),
        .clock(info$clock)
    );
    top$rx$classify$region_r region_r(
        .d(region_r$d),
        .q(region_r$q),
        .clock(region_r$clock)
    );
    top$rx$classify$head_for_me head_for_me(
        .d(head_for_me$d),
        .q(head_for_me$q),
        .clock(head_for_me$clock)
    );
    top$rx$classify$head_uzura head_uzura(
        .d(head_uzura$d),
        .q(head_uzura$q),
        .clock(head_uzura$clock)
    );
    top$rx$classify$head_write head_write(
        .d(head_write$d),
        .q(head_write$q),
        .clock(head_write$clock)
    );
    top$rx$classify$malformed_len malformed_len(
        .d(malformed_len$d),
        .q(malformed_len$q),
        .clock(malformed_len$clock)
    );
    top$rx$classify$malformed_fields malformed_fields(
        .d(malformed_fields$d),
        .q(malformed_fields$q),
        .clock(malformed_fields$clock)
    );
    top$rx$classify$malformed_write malformed_write(
        .d(malformed_write$d),
        .q(malformed_write$q),
        .clock(malformed_write$clock)
    );
    top$rx$classify$malformed_ctl malformed_ctl(
        .d(malformed_ctl$d),
        .q(malformed_ctl$q),
        .clock(malformed_ctl$clock)
    );
    top$rx$classify$malformed_ctl_len malformed_ctl_len(
        .d(malformed_ctl_len$d),
        .q(malformed_ctl_len$q),
        .clock(malformed_ctl_len$clock)
    );
    top$rx$classify$bad_ctx bad_ctx(
        .d(bad_ctx$d),
        .q(bad_ctx$q),
        .clock(bad_ctx$clock)
    );
    top$rx$classify$bad_peer bad_peer(
        .d(bad_peer$d),
        .q(bad_peer$q),
        .clock(bad_peer$clock)
    );
    top$rx$classify$bad_tag bad_tag(
        .d(bad_tag$d),
        .q(bad_tag$q),
        .clock(bad_tag$clock)
    );
    top$rx$classify$rt_key rt_key(
        .d(rt_key$d),
        .q(rt_key$q),
        .clock(rt_key$clock)
    );
    top$rx$classify$rt_owner rt_owner(
        .d(rt_owner$d),
        .q(rt_owner$q),
        .clock(rt_owner$clock)
    );
    top$rx$classify$rt_flags rt_flags(
        .d(rt_flags$d),
        .q(rt_flags$q),
        .clock(rt_flags$clock)
    );
    top$rx$classify$bad_region bad_region(
        .d(bad_region$d),
        .q(bad_region$q),
        .clock(bad_region$clock)
    );
    top$rx$classify$bad_owner bad_owner(
        .d(bad_owner$d),
        .q(bad_owner$q),
        .clock(bad_owner$clock)
    );
    top$rx$classify$bad_key bad_key(
        .d(bad_key$d),
        .q(bad_key$q),
        .clock(bad_key$clock)
    );
    top$rx$classify$rt_len rt_len(
        .d(rt_len$d),
        .q(rt_len$q),
        .clock(rt_len$clock)
    );
    top$rx$classify$f_end f_end(
        .d(f_end$d),
        .q(f_end$q),
        .clock(f_end$clock)
    );
    top$rx$classify$bad_bounds bad_bounds(
        .d(bad_bounds$d),
        .q(bad_bounds$q),
        .clock(bad_bounds$clock)
    );
    top$rx$classify$cnt_placed cnt_placed(
        .d(cnt_placed$d),
        .q(cnt_placed$q),
        .clock(cnt_placed$clock)
    );
    top$rx$classify$cnt_placed_bytes cnt_placed_bytes(
        .d(cnt_placed_bytes$d),
        .q(cnt_placed_bytes$q),
        .clock(cnt_placed_bytes$clock)
    );
    top$rx$classify$cnt_malformed cnt_malformed(
        .d(cnt_malformed$d),
        .q(cnt_malformed$q),
        .clock(cnt_malformed$clock)
    );
    top$rx$classify$cnt_ctx cnt_ctx(
        .d(cnt_ctx$d),
        .q(cnt_ctx$q),
        .clock(cnt_ctx$clock)
    );
    top$rx$classify$cnt_peer cnt_peer(
        .d(cnt_peer$d),
        .q(cnt_peer$q),
        .clock(cnt_peer$clock)
    );
    top$rx$classify$cnt_tag cnt_tag(
        .d(cnt_tag$d),
        .q(cnt_tag$q),
        .clock(cnt_tag$clock)
    );
    top$rx$classify$cnt_key cnt_key(
        .d(cnt_key$d),
        .q(cnt_key$q),
        .clock(cnt_key$clock)
    );
    top$rx$classify$cnt_bounds cnt_bounds(
        .d(cnt_bounds$d),
        .q(cnt_bounds$q),
        .clock(cnt_bounds$clock)
    );
    top$rx$classify$cnt_dup cnt_dup(
        .d(cnt_dup$d),
        .q(cnt_dup$q),
        .clock(cnt_dup$clock)
    );
    top$rx$classify$cnt_window cnt_window(
        .d(cnt_window$d),
        .q(cnt_window$q),
        .clock(cnt_window$clock)
    );
    
    // Update code
    assign info$clock = clock;
    assign region_r$clock = clock;
    assign head_for_me$clock = clock;
    assign head_uzura$clock = clock;
    assign head_write$clock = clock;
    assign malformed_len$clock = clock;
    assign malformed_fields$clock = clock;
    assign malformed_write$clock = clock;
    assign malformed_ctl$clock = clock;
    assign malformed_ctl_len$clock = clock;
    assign bad_ctx$clock = clock;
    assign bad_peer$clock = clock;
    assign bad_tag$clock = clock;
    assign rt_key$clock = clock;
    assign rt_owner$clock = clock;
    assign rt_flags$clock = clock;
    assign bad_region$clock = clock;
    assign bad_owner$clock = clock;
    assign bad_key$clock = clock;
    assign rt_len$clock = clock;
    assign f_end$clock = clock;
    assign bad_bounds$clock = clock;
    assign cnt_placed$clock = clock;
    assign cnt_placed_bytes$clock = clock;
    assign cnt_malformed$clock = clock;
    assign cnt_ctx$clock = clock;
    assign cnt_peer$clock = clock;
    assign cnt_tag$clock = clock;
    assign cnt_key$clock = clock;
    assign cnt_bounds$clock = clock;
    assign cnt_dup$clock = clock;
    assign cnt_window$clock = clock;
    assign ct_ram$read_clock = clock;
    assign ct_ram$write_clock = clock;
    assign rt_ram$read_clock = clock;
    assign rt_ram$write_clock = clock;
    
    always @(*) begin
        info$d = info$q;
        region_r$d = region_r$q;
        head_for_me$d = head_for_me$q;
        head_uzura$d = head_uzura$q;
        head_write$d = head_write$q;
        malformed_len$d = malformed_len$q;
        malformed_fields$d = malformed_fields$q;
        malformed_write$d = malformed_write$q;
        malformed_ctl$d = malformed_ctl$q;
        malformed_ctl_len$d = malformed_ctl_len$q;
        bad_ctx$d = bad_ctx$q;
        bad_peer$d = bad_peer$q;
        bad_tag$d = bad_tag$q;
        rt_key$d = rt_key$q;
        rt_owner$d = rt_owner$q;
        rt_flags$d = rt_flags$q;
        bad_region$d = bad_region$q;
        bad_owner$d = bad_owner$q;
        bad_key$d = bad_key$q;
        rt_len$d = rt_len$q;
        f_end$d = f_end$q;
        bad_bounds$d = bad_bounds$q;
        cnt_placed$d = cnt_placed$q;
        cnt_placed_bytes$d = cnt_placed_bytes$q;
        cnt_malformed$d = cnt_malformed$q;
        cnt_ctx$d = cnt_ctx$q;
        cnt_peer$d = cnt_peer$q;
        cnt_tag$d = cnt_tag$q;
        cnt_key$d = cnt_key$q;
        cnt_bounds$d = cnt_bounds$q;
        cnt_dup$d = cnt_dup$q;
        cnt_window$d = cnt_window$q;
        if (take) begin
            info$d = head;
            region_r$d = head[(at_header$region)+:(10)];
        end
        f_group = info$q[at_header$group];
        head_for_me$d = head[(at_header$dst)+:(48)] == cfg_mac;
        head_uzura$d = head[(at_header$ethertype)+:(16)] == k_ethertype;
        head_write$d = head[(at_header$op)+:(4)] == k_op_write;
        f_op = info$q[(at_header$op)+:(4)];
        f_write = f_op == k_op_write;
        f_flags = info$q[(at_header$flags)+:(8)];
        f_len = info$q[(at_header$length)+:(16)];
        f_ctx = info$q[(at_header$dst_ctx)+:(16)];
        f_psn = info$q[(at_header$psn)+:(32)];
        f_region = info$q[(at_header$region)+:(16)];
        f_offset = info$q[(at_header$offset)+:(48)];
        f_bytes = info$q[(at_info$bytes)+:(14)];
        f_words = info$q[(at_info$words)+:(11)];
        region = region_r$q;
        malformed_len$d = ((f_bytes) & 16'hffff) < k_headers + f_len;
        malformed_fields$d = (info$q[(at_header$version)+:(4)] != k_version) || |(f_flags & k_flags_unknown) || ~((f_op == k_op_write) || (f_op == k_op_ack) || (f_op == k_op_nack));
        malformed_write$d = (f_op == k_op_write) && ((f_len == 32'h0) || (f_len > k_max_write));
        malformed_ctl$d = ((f_op == k_op_ack) || (f_op == k_op_nack)) && (|f_flags || |info$q[(at_header$key)+:(64)] || |f_region || |f_offset);
        malformed_ctl_len$d = 1'b0;
        if (f_op == k_op_ack) begin
            malformed_ctl_len$d = |f_len;
        end
        else if (f_op == k_op_nack) begin
            malformed_ctl_len$d = (f_len == 32'h0) || |f_len[(32'h0)+:(3)] || (f_len > k_max_nack_len) || info$q[at_info$nack_bad];
        end
        malformed = malformed_len$q || malformed_fields$q || malformed_write$q || malformed_ctl$q || malformed_ctl_len$q;
        ct_ram$write_enable = 1'b0;
        ct_ram$write_address = ctx;
        ct_ram$write_data = ct_data;
        if (state == RxState$CmdCommit) begin
            ct_ram$write_enable = 1'b1;
        end
        if (state == RxState$ResetSweep) begin
            ct_ram$write_enable = 1'b1;
            ct_ram$write_address = sweep;
            ct_ram$write_data = 32'h0;
        end
        ct_ram$read_address = ctx;
        if ((state == RxState$Idle) || (state == RxState$Notify)) begin
            ct_ram$read_address = head[(at_header$dst_ctx)+:(6)];
        end
        rt_ram$write_enable = rt_we;
        rt_ram$write_address = rt_waddr;
        rt_ram$write_data = rt_wdata;
        rt_ram$read_address = region_r$d;
        ct = ct_ram$read_data;
        rt = rt_ram$read_data;
        region_pl = rt[(at_region$pl)+:(64)];
        region_first = rt[(at_region$first)+:(12)];
        region_len = rt_len$q;
        bad_ctx$d = (f_ctx >= k_contexts) || ~ct[at_context$valid];
        bad_peer$d = (info$q[(at_header$src)+:(48)] != ct[(at_context$peer_mac)+:(48)]) || (info$q[(at_header$src_ctx)+:(16)] != ct[(at_context$peer_ctx)+:(16)]);
        bad_tag$d = info$q[(at_header$dst_tag)+:(32)] != ct[(at_context$tag)+:(32)];
        rt_key$d = rt[(at_region$key)+:(64)];
        rt_owner$d = rt[(at_region$pd)+:(16)];
        rt_flags$d = rt[(at_region$flags)+:(3)];
        bad_region$d = (f_region >= k_regions) || ~|(rt_flags$q & k_rt_valid) || ~|(rt_flags$q & k_rt_remote);
        bad_owner$d = rt_owner$q != ct[(at_context$pd)+:(16)];
        bad_key$d = rt_key$q != info$q[(at_header$key)+:(64)];
        f_end$d = ((f_offset) & 50'h3ffffffffffff) + ((f_len) & 50'h3ffffffffffff);
        bad_bounds$d = f_end$q > ((rt_len$q) & 50'h3ffffffffffff);
        if (state == RxState$Classify) begin
            rt_len$d = rt[(at_region$len)+:(49)];
        end
        write_first = ~info$q[at_info$bad] && cfg_enable && head_for_me$q && head_uzura$q && head_write$q;
        accept = ~info$q[at_info$bad] && cfg_enable && (head_for_me$q || f_group || cfg_promisc);
        rdma = head_uzura$q && head_for_me$q;
        check_host = ~malformed && ~f_write;
        check_pass = ~malformed && f_write && ~bad_ctx$q && ~bad_peer$q && ~bad_tag$q;
        if (state == RxState$Check) begin
            if (malformed) begin
                cnt_malformed$d = cnt_malformed$q + 32'h1;
            end
            else if (f_write) begin
                if (bad_ctx$q) begin
                    cnt_ctx$d = cnt_ctx$q + 32'h1;
                end
                else if (bad_peer$q) begin
                    cnt_peer$d = cnt_peer$q + 32'h1;
                end
                else if (bad_tag$q) begin
                    cnt_tag$d = cnt_tag$q + 32'h1;
                end
            end
        end
        mark_key = bad_region$q || bad_owner$q || bad_key$q;
        mark_dup = ~mark_key && ~bad_bounds$q && ~psn_far && psn_dup;
        mark_place = ~mark_key && ~bad_bounds$q && ~psn_far && ~psn_dup;
        if (state == RxState$Mark) begin
            if (mark_key) begin
                cnt_key$d = cnt_key$q + 32'h1;
            end
            else if (bad_bounds$q) begin
                cnt_bounds$d = cnt_bounds$q + 32'h1;
            end
            else if (psn_far) begin
                cnt_window$d = cnt_window$q + 32'h1;
            end
            else if (psn_dup) begin
                cnt_dup$d = cnt_dup$q + 32'h1;
            end
            else begin
                cnt_placed$d = cnt_placed$q + 32'h1;
                cnt_placed_bytes$d = cnt_placed_bytes$q + ((f_len) & 32'hffffffff);
            end
        end
        if (clear) begin
            cnt_placed$d = 32'h0;
            cnt_placed_bytes$d = 32'h0;
            cnt_malformed$d = 32'h0;
            cnt_ctx$d = 32'h0;
            cnt_peer$d = 32'h0;
            cnt_tag$d = 32'h0;
            cnt_key$d = 32'h0;
            cnt_bounds$d = 32'h0;
            cnt_dup$d = 32'h0;
            cnt_window$d = 32'h0;
        end
        c_placed = cnt_placed$q;
        c_placed_bytes = cnt_placed_bytes$q;
        c_malformed = cnt_malformed$q;
        c_ctx = cnt_ctx$q;
        c_peer = cnt_peer$q;
        c_tag = cnt_tag$q;
        c_key = cnt_key$q;
        c_bounds = cnt_bounds$q;
        c_dup = cnt_dup$q;
        c_window = cnt_window$q;
    end
    
endmodule // top$rx$classify


module top$rx$classify$bad_bounds(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_bounds


module top$rx$classify$bad_ctx(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_ctx


module top$rx$classify$bad_key(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_key


module top$rx$classify$bad_owner(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_owner


module top$rx$classify$bad_peer(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_peer


module top$rx$classify$bad_region(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_region


module top$rx$classify$bad_tag(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$bad_tag


module top$rx$classify$cnt_bounds(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_bounds


module top$rx$classify$cnt_ctx(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_ctx


module top$rx$classify$cnt_dup(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_dup


module top$rx$classify$cnt_key(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_key


module top$rx$classify$cnt_malformed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_malformed


module top$rx$classify$cnt_peer(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_peer


module top$rx$classify$cnt_placed(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_placed


module top$rx$classify$cnt_placed_bytes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_placed_bytes


module top$rx$classify$cnt_tag(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_tag


module top$rx$classify$cnt_window(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$cnt_window


module top$rx$classify$ct_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [112:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [112:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[112:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$classify$ct_ram


module top$rx$classify$f_end(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$f_end


module top$rx$classify$head_for_me(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$head_for_me


module top$rx$classify$head_uzura(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$head_uzura


module top$rx$classify$head_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$head_write


module top$rx$classify$info(d,q,clock);
    
    // Module arguments
    input wire  [394:0] d;
    output reg  [394:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 395'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$info


module top$rx$classify$malformed_ctl(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$malformed_ctl


module top$rx$classify$malformed_ctl_len(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$malformed_ctl_len


module top$rx$classify$malformed_fields(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$malformed_fields


module top$rx$classify$malformed_len(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$malformed_len


module top$rx$classify$malformed_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$malformed_write


module top$rx$classify$region_r(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$region_r


module top$rx$classify$rt_flags(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$rt_flags


module top$rx$classify$rt_key(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$rt_key


module top$rx$classify$rt_len(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$rt_len


module top$rx$classify$rt_owner(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$classify$rt_owner


module top$rx$classify$rt_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [207:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [207:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[207:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$classify$rt_ram


module top$rx$ctx(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ctx


module top$rx$ev_ret(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ev_ret


module top$rx$events(clock,state,eq_base,eq_log2,eq_head,eq_tail,load,kind,reason,ctx,a,b,c,clear,dmaw$valid,dmaw$ready,dmaw$addr,dmaw$len,dmaw$data,dmaw$strb,dmaw$first,dmaw$last,lost,beat0,written,irq_event,irq_overflow,c_eq_overflow);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] state;
    input wire  [63:0] eq_base;
    input wire  [4:0] eq_log2;
    input wire  [31:0] eq_head;
    output reg  [31:0] eq_tail;
    input wire  load;
    input wire  [7:0] kind;
    input wire  [7:0] reason;
    input wire  [15:0] ctx;
    input wire  [31:0] a;
    input wire  [31:0] b;
    input wire  [15:0] c;
    input wire  clear;
    output reg  dmaw$valid;
    input wire  dmaw$ready;
    output reg  [63:0] dmaw$addr;
    output reg  [12:0] dmaw$len;
    output reg  [63:0] dmaw$data;
    output reg  [7:0] dmaw$strb;
    output reg  dmaw$first;
    output reg  dmaw$last;
    output reg  lost;
    output reg  beat0;
    output reg  written;
    output reg  irq_event;
    output reg  irq_overflow;
    output reg  [31:0] c_eq_overflow;
    
    // Constant declarations
    localparam  k_one32 = 32'h1;
    localparam  k_event_len = 13'b10000;
    localparam  at_event$kind = 10'b0;
    localparam  at_event$reason = 10'b1000;
    localparam  at_event$ctx = 10'b10000;
    localparam  at_event$a = 10'b100000;
    localparam  at_event$b = 10'b0;
    localparam  at_event$c = 10'b100000;
    localparam  at_event$phase = 10'b111000;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    reg  [7:0] ev_kind$d;
    wire  [7:0] ev_kind$q;
    wire ev_kind$clock;
    reg  [7:0] ev_reason$d;
    wire  [7:0] ev_reason$q;
    wire ev_reason$clock;
    reg  [15:0] ev_ctx$d;
    wire  [15:0] ev_ctx$q;
    wire ev_ctx$clock;
    reg  [31:0] ev_a$d;
    wire  [31:0] ev_a$q;
    wire ev_a$clock;
    reg  [31:0] ev_b$d;
    wire  [31:0] ev_b$q;
    wire ev_b$clock;
    reg  [15:0] ev_c$d;
    wire  [15:0] ev_c$q;
    wire ev_c$clock;
    reg  [31:0] tail$d;
    wire  [31:0] tail$q;
    wire tail$clock;
    reg  [63:0] entry_addr$d;
    wire  [63:0] entry_addr$q;
    wire entry_addr$clock;
    reg  [31:0] mask$d;
    wire  [31:0] mask$q;
    wire mask$clock;
    reg  [31:0] used$d;
    wire  [31:0] used$q;
    wire used$clock;
    reg  full$d;
    wire  full$q;
    wire full$clock;
    reg  [1:0] moved$d;
    wire  [1:0] moved$q;
    wire moved$clock;
    reg  [31:0] cnt_overflow$d;
    wire  [31:0] cnt_overflow$q;
    wire cnt_overflow$clock;
    
    // Local signals
    reg  [31:0] size;
    
    // Sub module instances
    top$rx$events$ev_kind ev_kind(
        .d(ev_kind$d),
        .q(ev_kind$q),
        .clock(ev_kind$clock)
    );
    top$rx$events$ev_reason ev_reason(
        .d(ev_reason$d),
        .q(ev_reason$q),
        .clock(ev_reason$clock)
    );
    top$rx$events$ev_ctx ev_ctx(
        .d(ev_ctx$d),
        .q(ev_ctx$q),
        .clock(ev_ctx$clock)
    );
    top$rx$events$ev_a ev_a(
        .d(ev_a$d),
        .q(ev_a$q),
        .clock(ev_a$clock)
    );
    top$rx$events$ev_b ev_b(
        .d(ev_b$d),
        .q(ev_b$q),
        .clock(ev_b$clock)
    );
    top$rx$events$ev_c ev_c(
        .d(ev_c$d),
        .q(ev_c$q),
        .clock(ev_c$clock)
    );
    top$rx$events$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    top$rx$events$entry_addr entry_addr(
        .d(entry_addr$d),
        .q(entry_addr$q),
        .clock(entry_addr$clock)
    );
    top$rx$events$mask mask(
        .d(mask$d),
        .q(mask$q),
        .clock(mask$clock)
    );
    top$rx$events$used used(
        .d(used$d),
        .q(used$q),
        .clock(used$clock)
    );
    top$rx$events$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$rx$events$moved moved(
        .d(moved$d),
        .q(moved$q),
        .clock(moved$clock)
    );
    top$rx$events$cnt_overflow cnt_overflow(
        .d(cnt_overflow$d),
        .q(cnt_overflow$q),
        .clock(cnt_overflow$clock)
    );
    
    // Update code
    assign ev_kind$clock = clock;
    assign ev_reason$clock = clock;
    assign ev_ctx$clock = clock;
    assign ev_a$clock = clock;
    assign ev_b$clock = clock;
    assign ev_c$clock = clock;
    assign tail$clock = clock;
    assign entry_addr$clock = clock;
    assign mask$clock = clock;
    assign used$clock = clock;
    assign full$clock = clock;
    assign moved$clock = clock;
    assign cnt_overflow$clock = clock;
    
    always @(*) begin
        ev_kind$d = ev_kind$q;
        ev_reason$d = ev_reason$q;
        ev_ctx$d = ev_ctx$q;
        ev_a$d = ev_a$q;
        ev_b$d = ev_b$q;
        ev_c$d = ev_c$q;
        tail$d = tail$q;
        entry_addr$d = entry_addr$q;
        mask$d = mask$q;
        used$d = used$q;
        full$d = full$q;
        moved$d = moved$q;
        cnt_overflow$d = cnt_overflow$q;
        if (load) begin
            ev_kind$d = kind;
            ev_reason$d = reason;
            ev_ctx$d = ctx;
            ev_a$d = a;
            ev_b$d = b;
            ev_c$d = c;
        end
        eq_tail = tail$q;
        size = k_one32 << eq_log2;
        if (eq_log2 == 32'h0) begin
            size = 32'h0;
        end
        mask$d = size - 32'h1;
        entry_addr$d = eq_base + (((tail$q & mask$q) & 64'hffffffffffffffff) << 32'h4);
        used$d = tail$q - eq_head;
        full$d = mask$q[32'h1f] || |(used$q & ~mask$q);
        moved$d = moved$q << 32'h1;
        dmaw$valid = 1'b0;
        dmaw$addr = entry_addr$q;
        dmaw$len = k_event_len;
        dmaw$first = 1'b0;
        dmaw$last = 1'b0;
        dmaw$strb = 32'hff;
        dmaw$data = 32'h0;
        lost = 1'b0;
        beat0 = 1'b0;
        written = 1'b0;
        irq_event = 1'b0;
        irq_overflow = 1'b0;
        if (state == RxState$EvPost) begin
            dmaw$first = 1'b1;
            dmaw$data = (((ev_kind$q) & 64'hffffffffffffffff) << at_event$kind) | (((ev_reason$q) & 64'hffffffffffffffff) << at_event$reason) | (((ev_ctx$q) & 64'hffffffffffffffff) << at_event$ctx) | (((ev_a$q) & 64'hffffffffffffffff) << at_event$a);
            if (|moved$q) begin
            end
            else if (full$q) begin
                cnt_overflow$d = cnt_overflow$q + 32'h1;
                irq_overflow = 1'b1;
                lost = 1'b1;
            end
            else begin
                dmaw$valid = 1'b1;
                beat0 = dmaw$ready;
            end
        end
        if (state == RxState$EvBeat1) begin
            dmaw$last = 1'b1;
            dmaw$data = (((ev_b$q) & 64'hffffffffffffffff) << at_event$b) | (((ev_c$q) & 64'hffffffffffffffff) << at_event$c);
            if (~|(tail$q & size)) begin
                dmaw$data = (((ev_b$q) & 64'hffffffffffffffff) << at_event$b) | (((ev_c$q) & 64'hffffffffffffffff) << at_event$c) | (((1'b1) & 64'hffffffffffffffff) << at_event$phase);
            end
            dmaw$valid = 1'b1;
            if (dmaw$ready) begin
                tail$d = tail$q + 32'h1;
                moved$d = 32'h1;
                irq_event = 1'b1;
                written = 1'b1;
            end
        end
        if (clear) begin
            cnt_overflow$d = 32'h0;
            tail$d = 32'h0;
            moved$d = 32'h1;
        end
        c_eq_overflow = cnt_overflow$q;
    end
    
endmodule // top$rx$events


module top$rx$events$cnt_overflow(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$cnt_overflow


module top$rx$events$entry_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$entry_addr


module top$rx$events$ev_a(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_a


module top$rx$events$ev_b(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_b


module top$rx$events$ev_c(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_c


module top$rx$events$ev_ctx(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_ctx


module top$rx$events$ev_kind(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_kind


module top$rx$events$ev_reason(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$ev_reason


module top$rx$events$full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$full


module top$rx$events$mask(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$mask


module top$rx$events$moved(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$moved


module top$rx$events$tail(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$tail


module top$rx$events$used(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$events$used


module top$rx$host(clock,state,rxq_base,rxq_log2,rxq_tail,rxq_head,desc_rd$req,desc_rd$ready,desc_rd$addr,desc_rd$len,desc_rd$beat,desc_rd$data,desc_rd$last,f_bytes,cut,clear,rxq_empty,addr_beat,buf_start,len_beat,buf_small,c_host,c_nobuf);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] state;
    input wire  [63:0] rxq_base;
    input wire  [4:0] rxq_log2;
    input wire  [31:0] rxq_tail;
    output reg  [31:0] rxq_head;
    output reg  desc_rd$req;
    input wire  desc_rd$ready;
    output reg  [63:0] desc_rd$addr;
    output reg  [12:0] desc_rd$len;
    input wire  desc_rd$beat;
    input wire  [63:0] desc_rd$data;
    input wire  desc_rd$last;
    input wire  [13:0] f_bytes;
    input wire  cut;
    input wire  clear;
    output reg  rxq_empty;
    output reg  addr_beat;
    output reg  [63:0] buf_start;
    output reg  len_beat;
    output reg  buf_small;
    output reg  [31:0] c_host;
    output reg  [31:0] c_nobuf;
    
    // Constant declarations
    localparam  k_one32 = 32'h1;
    localparam  k_desc_len = 13'b10000;
    localparam  at_buf_desc$len = 10'b0;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    wire head$clock;
    reg  [63:0] desc_addr$d;
    wire  [63:0] desc_addr$q;
    wire desc_addr$clock;
    reg  [31:0] mask$d;
    wire  [31:0] mask$q;
    wire mask$clock;
    reg  empty$d;
    wire  empty$q;
    wire empty$clock;
    reg  desc_beat$d;
    wire  desc_beat$q;
    wire desc_beat$clock;
    reg  too_small$d;
    wire  too_small$q;
    wire too_small$clock;
    reg  [31:0] cnt_host$d;
    wire  [31:0] cnt_host$q;
    wire cnt_host$clock;
    reg  [31:0] cnt_nobuf$d;
    wire  [31:0] cnt_nobuf$q;
    wire cnt_nobuf$clock;
    reg  nobuf_host$d;
    wire  nobuf_host$q;
    wire nobuf_host$clock;
    
    // Local signals
    reg  [31:0] size;
    reg  [1:0] nobuf_new;
    
    // Sub module instances
    top$rx$host$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$rx$host$desc_addr desc_addr(
        .d(desc_addr$d),
        .q(desc_addr$q),
        .clock(desc_addr$clock)
    );
    top$rx$host$mask mask(
        .d(mask$d),
        .q(mask$q),
        .clock(mask$clock)
    );
    top$rx$host$empty empty(
        .d(empty$d),
        .q(empty$q),
        .clock(empty$clock)
    );
    top$rx$host$desc_beat desc_beat(
        .d(desc_beat$d),
        .q(desc_beat$q),
        .clock(desc_beat$clock)
    );
    top$rx$host$too_small too_small(
        .d(too_small$d),
        .q(too_small$q),
        .clock(too_small$clock)
    );
    top$rx$host$cnt_host cnt_host(
        .d(cnt_host$d),
        .q(cnt_host$q),
        .clock(cnt_host$clock)
    );
    top$rx$host$cnt_nobuf cnt_nobuf(
        .d(cnt_nobuf$d),
        .q(cnt_nobuf$q),
        .clock(cnt_nobuf$clock)
    );
    top$rx$host$nobuf_host nobuf_host(
        .d(nobuf_host$d),
        .q(nobuf_host$q),
        .clock(nobuf_host$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign desc_addr$clock = clock;
    assign mask$clock = clock;
    assign empty$clock = clock;
    assign desc_beat$clock = clock;
    assign too_small$clock = clock;
    assign cnt_host$clock = clock;
    assign cnt_nobuf$clock = clock;
    assign nobuf_host$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        desc_addr$d = desc_addr$q;
        mask$d = mask$q;
        empty$d = empty$q;
        desc_beat$d = desc_beat$q;
        too_small$d = too_small$q;
        cnt_host$d = cnt_host$q;
        cnt_nobuf$d = cnt_nobuf$q;
        nobuf_host$d = nobuf_host$q;
        desc_rd$req = 1'b0;
        desc_rd$addr = 32'h0;
        desc_rd$len = 32'h0;
        rxq_head = head$q;
        size = k_one32 << rxq_log2;
        if (rxq_log2 == 32'h0) begin
            size = 32'h0;
        end
        mask$d = size - 32'h1;
        desc_addr$d = rxq_base + (((head$q & mask$q) & 64'hffffffffffffffff) << 32'h4);
        empty$d = (head$q == rxq_tail) || (size == 32'h0);
        rxq_empty = empty$q;
        buf_small = too_small$q;
        addr_beat = 1'b0;
        buf_start = desc_rd$data;
        len_beat = 1'b0;
        nobuf_host$d = 1'b0;
        nobuf_new = ((cut) & 2'h3) + ((nobuf_host$q) & 2'h3);
        if (|nobuf_new) begin
            cnt_nobuf$d = cnt_nobuf$q + ((nobuf_new) & 32'hffffffff);
        end
        case (state)
            RxState$HDesc:
                begin
                    if (empty$q) begin
                        nobuf_host$d = 1'b1;
                    end
                    else begin
                        desc_rd$req = 1'b1;
                        desc_rd$addr = desc_addr$q;
                        desc_rd$len = k_desc_len;
                        if (desc_rd$ready) begin
                            desc_beat$d = 1'b0;
                        end
                    end
                end
            RxState$HDescWait:
                begin
                    if (desc_rd$beat) begin
                        desc_beat$d = 1'b1;
                        if (~desc_beat$q) begin
                            addr_beat = 1'b1;
                        end
                        else begin
                            len_beat = 1'b1;
                            too_small$d = desc_rd$data[(at_buf_desc$len)+:(16)] < ((f_bytes) & 16'hffff);
                        end
                    end
                end
            RxState$HPiece:
                begin
                    if (too_small$q) begin
                        too_small$d = 1'b0;
                        nobuf_host$d = 1'b1;
                    end
                end
            RxState$HDone:
                begin
                    cnt_host$d = cnt_host$q + 32'h1;
                    head$d = head$q + 32'h1;
                end
            default:
                begin
                end
        endcase
        if (clear) begin
            cnt_nobuf$d = 32'h0;
            cnt_host$d = 32'h0;
            head$d = 32'h0;
        end
        c_host = cnt_host$q;
        c_nobuf = cnt_nobuf$q;
    end
    
endmodule // top$rx$host


module top$rx$host$cnt_host(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$cnt_host


module top$rx$host$cnt_nobuf(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$cnt_nobuf


module top$rx$host$desc_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$desc_addr


module top$rx$host$desc_beat(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$desc_beat


module top$rx$host$empty(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$empty


module top$rx$host$head(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$head


module top$rx$host$mask(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$mask


module top$rx$host$nobuf_host(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$nobuf_host


module top$rx$host$too_small(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$host$too_small


module top$rx$ingress(clock,m_data,m_keep,m_valid,m_last,m_error,data,data_empty,data_read,info,info_empty,info_read,fill,cut);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] m_data;
    input wire  [7:0] m_keep;
    input wire  m_valid;
    input wire  m_last;
    input wire  m_error;
    output reg  [63:0] data;
    output reg  data_empty;
    input wire  data_read;
    output reg  [394:0] info;
    output reg  info_empty;
    input wire  info_read;
    output reg  [13:0] fill;
    output reg  cut;
    
    // Constant declarations
    localparam  k_window = 32'h1000;
    localparam  k_buf_last = 14'b1111111111111;
    localparam  k_hdr_words = 11'b110;
    localparam  k_range_shift = 3'b11;
    localparam  at_header$dst = 10'b101000000;
    localparam  at_header$group = 10'b101101000;
    localparam  at_header$src = 10'b100010000;
    localparam  at_header$ethertype = 10'b100000000;
    localparam  at_header$ver_op = 10'b11111000;
    localparam  at_header$op = 10'b11111000;
    localparam  at_header$version = 10'b11111100;
    localparam  at_header$flags = 10'b11110000;
    localparam  at_header$length = 10'b11100000;
    localparam  at_header$dst_ctx = 10'b11010000;
    localparam  at_header$src_ctx = 10'b11000000;
    localparam  at_header$dst_tag = 10'b10100000;
    localparam  at_header$psn = 10'b10000000;
    localparam  at_header$key = 10'b1000000;
    localparam  at_header$region = 10'b110000;
    localparam  at_header$offset = 10'b0;
    localparam  at_header$first_word = 10'b100110000;
    localparam  at_header_words$header = 10'b10000;
    localparam  at_nack$count = 10'b10000;
    localparam  at_info$header = 10'b0;
    localparam  at_info$nack_bad = 10'b101110000;
    localparam  at_info$bad = 10'b101110001;
    localparam  at_info$words = 10'b101110010;
    localparam  at_info$bytes = 10'b101111101;
    
    // Stub signals
    wire data_fifo$clock;
    reg  data_fifo$write;
    reg  [63:0] data_fifo$data_in;
    wire  data_fifo$full;
    reg  data_fifo$read;
    wire  [63:0] data_fifo$data_out;
    wire  data_fifo$empty;
    wire info_fifo$clock;
    reg  info_fifo$write;
    reg  [394:0] info_fifo$data_in;
    wire  info_fifo$full;
    reg  info_fifo$read;
    wire  [394:0] info_fifo$data_out;
    wire  info_fifo$empty;
    reg  [63:0] reverse$word;
    wire  [63:0] reverse$reversed;
    reg  in_frame$d;
    wire  in_frame$q;
    wire in_frame$clock;
    reg  in_keep$d;
    wire  in_keep$q;
    wire in_keep$clock;
    reg  in_cut$d;
    wire  in_cut$q;
    wire in_cut$clock;
    reg  [10:0] in_words$d;
    wire  [10:0] in_words$q;
    wire in_words$clock;
    reg  [383:0] in_hdr$d;
    wire  [383:0] in_hdr$q;
    wire in_hdr$clock;
    reg  in_nack_bad$d;
    wire  in_nack_bad$q;
    wire in_nack_bad$clock;
    reg  [13:0] fifo_in$d;
    wire  [13:0] fifo_in$q;
    wire fifo_in$clock;
    reg  [13:0] fifo_out$d;
    wire  [13:0] fifo_out$q;
    wire fifo_out$clock;
    reg  [13:0] fill_words$d;
    wire  [13:0] fill_words$q;
    wire fill_words$clock;
    reg  buf_full$d;
    wire  buf_full$q;
    wire buf_full$clock;
    reg  [8:0] info_held$d;
    wire  [8:0] info_held$q;
    wire info_held$clock;
    reg  info_room$d;
    wire  info_room$q;
    wire info_room$clock;
    reg  cut_r$d;
    wire  cut_r$q;
    wire cut_r$clock;
    
    // Local signals
    reg  in_bad;
    reg  [63:0] rev;
    reg  in_first;
    reg  in_take;
    reg  [31:0] in_count;
    reg  [15:0] in_len;
    reg  [10:0] in_range;
    reg  cut_now;
    
    // Sub module instances
    top$rx$ingress$data_fifo data_fifo(
        .clock(data_fifo$clock),
        .write(data_fifo$write),
        .data_in(data_fifo$data_in),
        .full(data_fifo$full),
        .read(data_fifo$read),
        .data_out(data_fifo$data_out),
        .empty(data_fifo$empty)
    );
    top$rx$ingress$info_fifo info_fifo(
        .clock(info_fifo$clock),
        .write(info_fifo$write),
        .data_in(info_fifo$data_in),
        .full(info_fifo$full),
        .read(info_fifo$read),
        .data_out(info_fifo$data_out),
        .empty(info_fifo$empty)
    );
    top$rx$ingress$reverse reverse(
        .word(reverse$word),
        .reversed(reverse$reversed)
    );
    top$rx$ingress$in_frame in_frame(
        .d(in_frame$d),
        .q(in_frame$q),
        .clock(in_frame$clock)
    );
    top$rx$ingress$in_keep in_keep(
        .d(in_keep$d),
        .q(in_keep$q),
        .clock(in_keep$clock)
    );
    top$rx$ingress$in_cut in_cut(
        .d(in_cut$d),
        .q(in_cut$q),
        .clock(in_cut$clock)
    );
    top$rx$ingress$in_words in_words(
        .d(in_words$d),
        .q(in_words$q),
        .clock(in_words$clock)
    );
    top$rx$ingress$in_hdr in_hdr(
        .d(in_hdr$d),
        .q(in_hdr$q),
        .clock(in_hdr$clock)
    );
    top$rx$ingress$in_nack_bad in_nack_bad(
        .d(in_nack_bad$d),
        .q(in_nack_bad$q),
        .clock(in_nack_bad$clock)
    );
    top$rx$ingress$fifo_in fifo_in(
        .d(fifo_in$d),
        .q(fifo_in$q),
        .clock(fifo_in$clock)
    );
    top$rx$ingress$fifo_out fifo_out(
        .d(fifo_out$d),
        .q(fifo_out$q),
        .clock(fifo_out$clock)
    );
    top$rx$ingress$fill_words fill_words(
        .d(fill_words$d),
        .q(fill_words$q),
        .clock(fill_words$clock)
    );
    top$rx$ingress$buf_full buf_full(
        .d(buf_full$d),
        .q(buf_full$q),
        .clock(buf_full$clock)
    );
    top$rx$ingress$info_held info_held(
        .d(info_held$d),
        .q(info_held$q),
        .clock(info_held$clock)
    );
    top$rx$ingress$info_room info_room(
        .d(info_room$d),
        .q(info_room$q),
        .clock(info_room$clock)
    );
    top$rx$ingress$cut_r cut_r(
        .d(cut_r$d),
        .q(cut_r$q),
        .clock(cut_r$clock)
    );
    
    // Update code
    assign in_frame$clock = clock;
    assign in_keep$clock = clock;
    assign in_cut$clock = clock;
    assign in_words$clock = clock;
    assign in_hdr$clock = clock;
    assign in_nack_bad$clock = clock;
    assign fifo_in$clock = clock;
    assign fifo_out$clock = clock;
    assign fill_words$clock = clock;
    assign buf_full$clock = clock;
    assign info_held$clock = clock;
    assign info_room$clock = clock;
    assign cut_r$clock = clock;
    assign data_fifo$clock = clock;
    assign info_fifo$clock = clock;
    
    always @(*) begin
        in_frame$d = in_frame$q;
        in_keep$d = in_keep$q;
        in_cut$d = in_cut$q;
        in_words$d = in_words$q;
        in_hdr$d = in_hdr$q;
        in_nack_bad$d = in_nack_bad$q;
        fifo_in$d = fifo_in$q;
        fifo_out$d = fifo_out$q;
        fill_words$d = fill_words$q;
        buf_full$d = buf_full$q;
        info_held$d = info_held$q;
        info_room$d = info_room$q;
        cut_r$d = cut_r$q;
        reverse$word = m_data;
        rev = reverse$reversed;
        in_first = m_valid && ~in_frame$q;
        in_take = (in_first && info_room$q) || (~in_first && in_keep$q);
        cut_now = in_take && buf_full$q;
        data_fifo$write = m_valid && in_take && ~buf_full$q;
        data_fifo$data_in = m_data;
        in_count = 32'h0;
        if (m_keep[0]) begin
            in_count = (0 + 32'h1);
        end
        if (m_keep[1]) begin
            in_count = (1 + 32'h1);
        end
        if (m_keep[2]) begin
            in_count = (2 + 32'h1);
        end
        if (m_keep[3]) begin
            in_count = (3 + 32'h1);
        end
        if (m_keep[4]) begin
            in_count = (4 + 32'h1);
        end
        if (m_keep[5]) begin
            in_count = (5 + 32'h1);
        end
        if (m_keep[6]) begin
            in_count = (6 + 32'h1);
        end
        if (m_keep[7]) begin
            in_count = (7 + 32'h1);
        end
        in_len = in_hdr$q[(at_header$length + at_header_words$header)+:(16)];
        in_range = in_words$q - k_hdr_words;
        if (m_valid) begin
            in_frame$d = ~m_last;
            if (in_first) begin
                in_keep$d = in_take;
                in_cut$d = cut_now;
                in_words$d = 32'h0;
                in_nack_bad$d = 32'h0;
            end
            if (data_fifo$write) begin
                in_words$d = in_words$q + 32'h1;
                if (in_first) begin
                    in_words$d = 32'h1;
                end
            end
            if (cut_now) begin
                in_cut$d = 1'b1;
            end
            if (in_words$q < k_hdr_words || in_first) begin
                in_hdr$d = (in_hdr$q << 32'h40) | ((rev) & 384'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            end
            if (~in_first && in_words$q >= k_hdr_words && in_range < ((in_len >> k_range_shift) & 11'h7ff) && ((rev[(at_nack$count)+:(32)] == 32'h0) || (rev[(at_nack$count)+:(32)] > k_window))) begin
                in_nack_bad$d = 32'h1;
            end
        end
        in_bad = 32'h0;
        if (m_error || in_cut$q || cut_now) begin
            in_bad = 32'h1;
        end
        info_fifo$write = m_valid && m_last && in_take;
        info_fifo$data_in = (((in_hdr$q[(at_header_words$header)+:(368)]) & 395'h7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_info$header) | (((in_nack_bad$q) & 395'h7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_info$nack_bad) | (((in_bad) & 395'h7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_info$bad) | (((in_words$d) & 395'h7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_info$words) | ((((((in_words$q) & 14'h3fff) << 32'h3) + ((in_count) & 14'h3fff)) & 395'h7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_info$bytes);
        data_fifo$read = data_read;
        info_fifo$read = info_read;
        data = data_fifo$data_out;
        data_empty = data_fifo$empty;
        info = info_fifo$data_out;
        info_empty = info_fifo$empty;
        if (data_fifo$write) begin
            fifo_in$d = fifo_in$q + 32'h1;
        end
        if (data_fifo$read) begin
            fifo_out$d = fifo_out$q + 32'h1;
        end
        fill_words$d = fifo_in$q - fifo_out$q;
        buf_full$d = fill_words$d >= k_buf_last;
        fill = fill_words$q;
        cut_r$d = m_valid && m_last && (in_cut$q || cut_now || ~in_take);
        cut = cut_r$q;
        if (info_fifo$write && ~info_fifo$read) begin
            info_held$d = info_held$q + 32'h1;
        end
        else if (info_fifo$read && ~info_fifo$write) begin
            info_held$d = info_held$q - 32'h1;
        end
        info_room$d = ~info_held$d[32'h8];
    end
    
endmodule // top$rx$ingress


module top$rx$ingress$buf_full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$buf_full


module top$rx$ingress$cut_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$cut_r


module top$rx$ingress$data_fifo(clock,write,data_in,full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$read;
    wire  [63:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [63:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [63:0] head$d;
    wire  [63:0] head$q;
    wire head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    wire head_valid$clock;
    reg  [63:0] second$d;
    wire  [63:0] second$q;
    wire second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    wire second_valid$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$rx$ingress$data_fifo$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    top$rx$ingress$data_fifo$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$rx$ingress$data_fifo$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    top$rx$ingress$data_fifo$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    top$rx$ingress$data_fifo$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign head_valid$clock = clock;
    assign second$clock = clock;
    assign second_valid$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        fifo$write = write;
        fifo$data_in = data_in;
        full = fifo$full;
        data_out = head$q;
        empty = ~head_valid$q;
        take = ~fifo$empty && ~second_valid$q;
        fifo$read = take;
        if (read && head_valid$q) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head$d = fifo$data_out;
                head_valid$d = take;
            end
        end
        else if (~head_valid$q) begin
            head$d = fifo$data_out;
            head_valid$d = take;
        end
        else if (take) begin
            second$d = fifo$data_out;
            second_valid$d = 1'b1;
        end
    end
    
endmodule // top$rx$ingress$data_fifo


module top$rx$ingress$data_fifo$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [12:0] ram$read_address;
    wire ram$read_clock;
    wire  [63:0] ram$read_data;
    reg  [12:0] ram$write_address;
    wire ram$write_clock;
    reg  [63:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [63:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [13:0] read_logic$write_address_delayed;
    wire  [12:0] read_logic$ram_read_address;
    reg  [63:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [13:0] read_logic$read_address_out;
    wire  [13:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [63:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [12:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [63:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [13:0] write_logic$read_address;
    wire  [13:0] write_logic$write_address_delayed;
    wire  [13:0] write_logic$fill_level;
    
    // Sub module instances
    top$rx$ingress$data_fifo$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$rx$ingress$data_fifo$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$rx$ingress$data_fifo$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$rx$ingress$data_fifo$fifo


module top$rx$ingress$data_fifo$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [12:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [12:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[8191:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$ingress$data_fifo$fifo$ram


module top$rx$ingress$data_fifo$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [13:0] write_address_delayed;
    output reg  [12:0] ram_read_address;
    input wire  [63:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [13:0] read_address_out;
    output reg  [13:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 14'b1111111111111;
    localparam  fifo_size = 14'b10000000000000;
    localparam  block_size = 14'b1;
    
    // Stub signals
    reg  [13:0] read_address$d;
    wire  [13:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$rx$ingress$data_fifo$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$rx$ingress$data_fifo$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 13'h1fff);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 13'h1fff);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$rx$ingress$data_fifo$fifo$read_logic


module top$rx$ingress$data_fifo$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$fifo$read_logic$dff_underflow


module top$rx$ingress$data_fifo$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$fifo$read_logic$read_address


module top$rx$ingress$data_fifo$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [12:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [63:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [13:0] read_address;
    output reg  [13:0] write_address_delayed;
    output reg  [13:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 14'b1111111111111;
    localparam  fifo_size = 14'b10000000000000;
    localparam  almost_full_level = 14'b1111111111111;
    
    // Stub signals
    reg  [13:0] write_address$d;
    wire  [13:0] write_address$q;
    wire write_address$clock;
    reg  [13:0] dff_write_address_delay$d;
    wire  [13:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$rx$ingress$data_fifo$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$rx$ingress$data_fifo$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$rx$ingress$data_fifo$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 13'h1fff);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$rx$ingress$data_fifo$fifo$write_logic


module top$rx$ingress$data_fifo$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$fifo$write_logic$dff_overflow


module top$rx$ingress$data_fifo$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$fifo$write_logic$dff_write_address_delay


module top$rx$ingress$data_fifo$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$fifo$write_logic$write_address


module top$rx$ingress$data_fifo$head(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$head


module top$rx$ingress$data_fifo$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$head_valid


module top$rx$ingress$data_fifo$second(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$second


module top$rx$ingress$data_fifo$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$data_fifo$second_valid


module top$rx$ingress$fifo_in(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$fifo_in


module top$rx$ingress$fifo_out(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$fifo_out


module top$rx$ingress$fill_words(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$fill_words


module top$rx$ingress$in_cut(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_cut


module top$rx$ingress$in_frame(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_frame


module top$rx$ingress$in_hdr(d,q,clock);
    
    // Module arguments
    input wire  [383:0] d;
    output reg  [383:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 384'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_hdr


module top$rx$ingress$in_keep(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_keep


module top$rx$ingress$in_nack_bad(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_nack_bad


module top$rx$ingress$in_words(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$in_words


module top$rx$ingress$info_fifo(clock,write,data_in,full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [394:0] data_in;
    output reg  full;
    input wire  read;
    output reg  [394:0] data_out;
    output reg  empty;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$read;
    wire  [394:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [394:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [394:0] head$d;
    wire  [394:0] head$q;
    wire head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    wire head_valid$clock;
    reg  [394:0] second$d;
    wire  [394:0] second$q;
    wire second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    wire second_valid$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$rx$ingress$info_fifo$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    top$rx$ingress$info_fifo$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$rx$ingress$info_fifo$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    top$rx$ingress$info_fifo$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    top$rx$ingress$info_fifo$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign head_valid$clock = clock;
    assign second$clock = clock;
    assign second_valid$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        fifo$write = write;
        fifo$data_in = data_in;
        full = fifo$full;
        data_out = head$q;
        empty = ~head_valid$q;
        take = ~fifo$empty && ~second_valid$q;
        fifo$read = take;
        if (read && head_valid$q) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head$d = fifo$data_out;
                head_valid$d = take;
            end
        end
        else if (~head_valid$q) begin
            head$d = fifo$data_out;
            head_valid$d = take;
        end
        else if (take) begin
            second$d = fifo$data_out;
            second_valid$d = 1'b1;
        end
    end
    
endmodule // top$rx$ingress$info_fifo


module top$rx$ingress$info_fifo$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [394:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [394:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [7:0] ram$read_address;
    wire ram$read_clock;
    wire  [394:0] ram$read_data;
    reg  [7:0] ram$write_address;
    wire ram$write_clock;
    reg  [394:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [394:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [8:0] read_logic$write_address_delayed;
    wire  [7:0] read_logic$ram_read_address;
    reg  [394:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [8:0] read_logic$read_address_out;
    wire  [8:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [394:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [7:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [394:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [8:0] write_logic$read_address;
    wire  [8:0] write_logic$write_address_delayed;
    wire  [8:0] write_logic$fill_level;
    
    // Sub module instances
    top$rx$ingress$info_fifo$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$rx$ingress$info_fifo$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$rx$ingress$info_fifo$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$rx$ingress$info_fifo$fifo


module top$rx$ingress$info_fifo$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [394:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [394:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[394:0] mem[255:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$rx$ingress$info_fifo$fifo$ram


module top$rx$ingress$info_fifo$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [394:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [8:0] write_address_delayed;
    output reg  [7:0] ram_read_address;
    input wire  [394:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [8:0] read_address_out;
    output reg  [8:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 9'b11111111;
    localparam  fifo_size = 9'b100000000;
    localparam  block_size = 9'b1;
    
    // Stub signals
    reg  [8:0] read_address$d;
    wire  [8:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$rx$ingress$info_fifo$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$rx$ingress$info_fifo$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 8'hff);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 8'hff);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$rx$ingress$info_fifo$fifo$read_logic


module top$rx$ingress$info_fifo$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$fifo$read_logic$dff_underflow


module top$rx$ingress$info_fifo$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$fifo$read_logic$read_address


module top$rx$ingress$info_fifo$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [394:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [7:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [394:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [8:0] read_address;
    output reg  [8:0] write_address_delayed;
    output reg  [8:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 9'b11111111;
    localparam  fifo_size = 9'b100000000;
    localparam  almost_full_level = 9'b11111111;
    
    // Stub signals
    reg  [8:0] write_address$d;
    wire  [8:0] write_address$q;
    wire write_address$clock;
    reg  [8:0] dff_write_address_delay$d;
    wire  [8:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$rx$ingress$info_fifo$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$rx$ingress$info_fifo$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$rx$ingress$info_fifo$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 8'hff);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$rx$ingress$info_fifo$fifo$write_logic


module top$rx$ingress$info_fifo$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$fifo$write_logic$dff_overflow


module top$rx$ingress$info_fifo$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$fifo$write_logic$dff_write_address_delay


module top$rx$ingress$info_fifo$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$fifo$write_logic$write_address


module top$rx$ingress$info_fifo$head(d,q,clock);
    
    // Module arguments
    input wire  [394:0] d;
    output reg  [394:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 395'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$head


module top$rx$ingress$info_fifo$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$head_valid


module top$rx$ingress$info_fifo$second(d,q,clock);
    
    // Module arguments
    input wire  [394:0] d;
    output reg  [394:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 395'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$second


module top$rx$ingress$info_fifo$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_fifo$second_valid


module top$rx$ingress$info_held(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_held


module top$rx$ingress$info_room(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$ingress$info_room


module top$rx$ingress$reverse(word,reversed);
    
    // Module arguments
    input wire  [63:0] word;
    output reg  [63:0] reversed;
    
    // Update code
    always @(*) begin
        reversed = (((word[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((word[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((word[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((word[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((word[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((word[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((word[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((word[(32'h38)+:(8)]) & 64'hffffffffffffffff);
    end
    
endmodule // top$rx$ingress$reverse


module top$rx$state(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$state


module top$rx$sweep(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$sweep


module top$rx$words_read(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$words_read


module top$rx$write(clock,state,rt_we,region,region_pl,region_first,region_len,f_len,f_offset,f_bytes,data,data_empty,headers_read,desc_data,addr_beat,len_beat,buf_small,list_rd$req,list_rd$ready,list_rd$addr,list_rd$len,list_rd$beat,list_rd$data,list_rd$last,dmaw$valid,dmaw$ready,dmaw$addr,dmaw$len,dmaw$data,dmaw$strb,dmaw$first,dmaw$last,in_fire,piece_go,piece_end,piece_last,host,nx_hit);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] state;
    input wire  rt_we;
    input wire  [9:0] region;
    input wire  [63:0] region_pl;
    input wire  [11:0] region_first;
    input wire  [48:0] region_len;
    input wire  [15:0] f_len;
    input wire  [47:0] f_offset;
    input wire  [13:0] f_bytes;
    input wire  [63:0] data;
    input wire  data_empty;
    input wire  headers_read;
    input wire  [63:0] desc_data;
    input wire  addr_beat;
    input wire  len_beat;
    input wire  buf_small;
    output wire  list_rd$req;
    input wire  list_rd$ready;
    output wire  [63:0] list_rd$addr;
    output wire  [12:0] list_rd$len;
    input wire  list_rd$beat;
    input wire  [51:0] list_rd$data;
    input wire  list_rd$last;
    output reg  dmaw$valid;
    input wire  dmaw$ready;
    output reg  [63:0] dmaw$addr;
    output reg  [12:0] dmaw$len;
    output reg  [63:0] dmaw$data;
    output reg  [7:0] dmaw$strb;
    output reg  dmaw$first;
    output reg  dmaw$last;
    output reg  in_fire;
    output reg  piece_go;
    output reg  piece_end;
    output reg  piece_last;
    output reg  host;
    output reg  nx_hit;
    
    // Constant declarations
    localparam  k_ones6 = 6'b111111;
    localparam  k_one6 = 6'b1;
    localparam  k_ones8 = 8'hff;
    localparam  k_ones64 = 64'hffffffffffffffff;
    localparam  k_page = 13'b1000000000000;
    localparam  k_page_mask = 49'hfff;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Classify = 1;
    localparam RxState$Check = 2;
    localparam RxState$Xlate = 3;
    localparam RxState$WrRun = 4;
    localparam RxState$Mark = 5;
    localparam RxState$AdvRun = 6;
    localparam RxState$AdvRead = 7;
    localparam RxState$AdvWait = 8;
    localparam RxState$Notify = 9;
    localparam RxState$EvPost = 10;
    localparam RxState$EvBeat1 = 11;
    localparam RxState$Discard = 12;
    localparam RxState$HDesc = 13;
    localparam RxState$HDescWait = 14;
    localparam RxState$HPiece = 15;
    localparam RxState$HDone = 16;
    localparam RxState$CmdCommit = 17;
    localparam RxState$CmdClear = 18;
    localparam RxState$CmdArmWait = 19;
    localparam RxState$CmdQueryWait = 20;
    localparam RxState$CmdQueryAck = 21;
    localparam RxState$ResetSweep = 22;
    
    // Stub signals
    reg  [63:0] pl$d;
    wire  [63:0] pl$q;
    wire pl$clock;
    reg  [11:0] first$d;
    wire  [11:0] first$q;
    wire first$clock;
    reg  [48:0] cur_off$d;
    wire  [48:0] cur_off$q;
    wire cur_off$clock;
    reg  [13:0] xfer_rem$d;
    wire  [13:0] xfer_rem$q;
    wire xfer_rem$clock;
    reg  [13:0] feed_rem$d;
    wire  [13:0] feed_rem$q;
    wire feed_rem$clock;
    reg  [2:0] drop$d;
    wire  [2:0] drop$q;
    wire drop$clock;
    reg  first_piece$d;
    wire  first_piece$q;
    wire first_piece$clock;
    reg  host_r$d;
    wire  host_r$q;
    wire host_r$clock;
    reg  [48:0] pos$d;
    wire  [48:0] pos$q;
    wire pos$clock;
    wire xl$clock;
    reg  xl$lookup;
    reg  [9:0] xl$region;
    reg  [36:0] xl$page;
    reg  [63:0] xl$pl;
    reg  [37:0] xl$pages;
    reg  xl$invalidate;
    wire  xl$hit_cur;
    wire  xl$hit_next;
    wire  [51:0] xl$frame_cur;
    wire  [51:0] xl$frame_next;
    reg  [37:0] rt_pages$d;
    wire  [37:0] rt_pages$q;
    wire rt_pages$clock;
    reg  [63:0] dma_addr$d;
    wire  [63:0] dma_addr$q;
    wire dma_addr$clock;
    reg  [12:0] dma_len$d;
    wire  [12:0] dma_len$q;
    wire dma_len$clock;
    reg  nx_fresh$d;
    wire  nx_fresh$q;
    wire nx_fresh$clock;
    reg  [36:0] xl_page$d;
    wire  [36:0] xl_page$q;
    wire xl_page$clock;
    reg  [12:0] nx_len$d;
    wire  [12:0] nx_len$q;
    wire nx_len$clock;
    reg  [3:0] nx_out_n$d;
    wire  [3:0] nx_out_n$q;
    wire nx_out_n$clock;
    reg  nx_hit_r$d;
    wire  nx_hit_r$q;
    wire nx_hit_r$clock;
    reg  [51:0] nx_frame$d;
    wire  [51:0] nx_frame$q;
    wire nx_frame$clock;
    reg  xl_hit$d;
    wire  xl_hit$q;
    wire xl_hit$clock;
    reg  xl_cur$d;
    wire  xl_cur$q;
    wire xl_cur$clock;
    reg  [51:0] xl_frame_cur$d;
    wire  [51:0] xl_frame_cur$q;
    wire xl_frame_cur$clock;
    reg  [51:0] xl_frame_next$d;
    wire  [51:0] xl_frame_next$q;
    wire xl_frame_next$clock;
    reg  xl_was_settled$d;
    wire  xl_was_settled$q;
    wire xl_was_settled$clock;
    reg  nx_asked$d;
    wire  nx_asked$q;
    wire nx_asked$clock;
    reg  [13:0] out_rem$d;
    wire  [13:0] out_rem$q;
    wire out_rem$clock;
    reg  [2:0] beat_lead$d;
    wire  [2:0] beat_lead$q;
    wire beat_lead$clock;
    reg  beat_first$d;
    wire  beat_first$q;
    wire beat_first$clock;
    reg  [127:0] acc$d;
    wire  [127:0] acc$q;
    wire acc$clock;
    reg  [4:0] acc_n$d;
    wire  [4:0] acc_n$q;
    wire acc_n$clock;
    reg  [3:0] out_n$d;
    wire  [3:0] out_n$q;
    wire out_n$clock;
    reg  [5:0] spare$d;
    wire  [5:0] spare$q;
    wire spare$clock;
    reg  [3:0] after_n$d;
    wire  [3:0] after_n$q;
    wire after_n$clock;
    reg  rem_end$d;
    wire  rem_end$q;
    wire rem_end$clock;
    reg  piece_last_r$d;
    wire  piece_last_r$q;
    wire piece_last_r$clock;
    reg  nx_last$d;
    wire  nx_last$q;
    wire nx_last$clock;
    reg  [12:0] piece_len$d;
    wire  [12:0] piece_len$q;
    wire piece_len$clock;
    reg  [13:0] piece_out_rem$d;
    wire  [13:0] piece_out_rem$q;
    wire piece_out_rem$clock;
    reg  [3:0] piece_out_n$d;
    wire  [3:0] piece_out_n$q;
    wire piece_out_n$clock;
    reg  host_settled$d;
    wire  host_settled$q;
    wire host_settled$clock;
    reg  [4:0] in_n$d;
    wire  [4:0] in_n$q;
    wire in_n$clock;
    reg  feed_any$d;
    wire  feed_any$q;
    wire feed_any$clock;
    reg  [63:0] buf_addr$d;
    wire  [63:0] buf_addr$q;
    wire buf_addr$clock;
    wire buf_step$clock;
    reg  [63:0] buf_step$addr;
    reg  [12:0] buf_step$step;
    wire  [63:0] buf_step$sum;
    
    // Local signals
    reg  [12:0] room;
    reg  [36:0] nx_page;
    reg  [48:0] pos_sum;
    reg  [13:0] rest_after;
    reg  nx_want;
    reg  xl_settled;
    reg  [51:0] xl_frame;
    reg  piece_end_now;
    reg  out_fire;
    reg  [3:0] next_out_n;
    reg  [3:0] start_after_n;
    reg  [3:0] beat_after_n;
    reg  [3:0] nx_after_n;
    reg  nx_next;
    reg  [5:0] spare_in;
    reg  [5:0] spare_out;
    reg  [5:0] spare_out_nx;
    reg  [5:0] spare_out_in;
    reg  [5:0] spare_out_in_nx;
    reg  [5:0] csa_s;
    reg  [5:0] csa_c;
    reg  [5:0] csa_s_nx;
    reg  [5:0] csa_c_nx;
    reg  [5:0] keep_mask;
    reg  [5:0] in_mask;
    reg  [5:0] out_mask;
    reg  [5:0] out_nx_mask;
    reg  [5:0] out_in_mask;
    reg  [5:0] out_in_nx_mask;
    reg  [13:0] lead_rem;
    reg  [13:0] room_lead;
    reg  [11:0] start_off;
    reg  [2:0] pages_past;
    reg  piece_fits;
    reg  [3:0] lead_low;
    reg  in_fire_now;
    reg  [13:0] fed;
    reg  fed_small;
    reg  [63:0] in_bits;
    reg  [4:0] left;
    reg  room_after_beat;
    reg  acc_low;
    
    // Sub module instances
    top$rx$write$pl pl(
        .d(pl$d),
        .q(pl$q),
        .clock(pl$clock)
    );
    top$rx$write$first first(
        .d(first$d),
        .q(first$q),
        .clock(first$clock)
    );
    top$rx$write$cur_off cur_off(
        .d(cur_off$d),
        .q(cur_off$q),
        .clock(cur_off$clock)
    );
    top$rx$write$xfer_rem xfer_rem(
        .d(xfer_rem$d),
        .q(xfer_rem$q),
        .clock(xfer_rem$clock)
    );
    top$rx$write$feed_rem feed_rem(
        .d(feed_rem$d),
        .q(feed_rem$q),
        .clock(feed_rem$clock)
    );
    top$rx$write$drop drop(
        .d(drop$d),
        .q(drop$q),
        .clock(drop$clock)
    );
    top$rx$write$first_piece first_piece(
        .d(first_piece$d),
        .q(first_piece$q),
        .clock(first_piece$clock)
    );
    top$rx$write$host_r host_r(
        .d(host_r$d),
        .q(host_r$q),
        .clock(host_r$clock)
    );
    top$rx$write$pos pos(
        .d(pos$d),
        .q(pos$q),
        .clock(pos$clock)
    );
    top$rx$write$xl xl(
        .clock(xl$clock),
        .lookup(xl$lookup),
        .region(xl$region),
        .page(xl$page),
        .pl(xl$pl),
        .pages(xl$pages),
        .invalidate(xl$invalidate),
        .hit_cur(xl$hit_cur),
        .hit_next(xl$hit_next),
        .frame_cur(xl$frame_cur),
        .frame_next(xl$frame_next),
        .rd$req(list_rd$req),
        .rd$ready(list_rd$ready),
        .rd$addr(list_rd$addr),
        .rd$len(list_rd$len),
        .rd$beat(list_rd$beat),
        .rd$data(list_rd$data),
        .rd$last(list_rd$last)
    );
    top$rx$write$rt_pages rt_pages(
        .d(rt_pages$d),
        .q(rt_pages$q),
        .clock(rt_pages$clock)
    );
    top$rx$write$dma_addr dma_addr(
        .d(dma_addr$d),
        .q(dma_addr$q),
        .clock(dma_addr$clock)
    );
    top$rx$write$dma_len dma_len(
        .d(dma_len$d),
        .q(dma_len$q),
        .clock(dma_len$clock)
    );
    top$rx$write$nx_fresh nx_fresh(
        .d(nx_fresh$d),
        .q(nx_fresh$q),
        .clock(nx_fresh$clock)
    );
    top$rx$write$xl_page xl_page(
        .d(xl_page$d),
        .q(xl_page$q),
        .clock(xl_page$clock)
    );
    top$rx$write$nx_len nx_len(
        .d(nx_len$d),
        .q(nx_len$q),
        .clock(nx_len$clock)
    );
    top$rx$write$nx_out_n nx_out_n(
        .d(nx_out_n$d),
        .q(nx_out_n$q),
        .clock(nx_out_n$clock)
    );
    top$rx$write$nx_hit_r nx_hit_r(
        .d(nx_hit_r$d),
        .q(nx_hit_r$q),
        .clock(nx_hit_r$clock)
    );
    top$rx$write$nx_frame nx_frame(
        .d(nx_frame$d),
        .q(nx_frame$q),
        .clock(nx_frame$clock)
    );
    top$rx$write$xl_hit xl_hit(
        .d(xl_hit$d),
        .q(xl_hit$q),
        .clock(xl_hit$clock)
    );
    top$rx$write$xl_cur xl_cur(
        .d(xl_cur$d),
        .q(xl_cur$q),
        .clock(xl_cur$clock)
    );
    top$rx$write$xl_frame_cur xl_frame_cur(
        .d(xl_frame_cur$d),
        .q(xl_frame_cur$q),
        .clock(xl_frame_cur$clock)
    );
    top$rx$write$xl_frame_next xl_frame_next(
        .d(xl_frame_next$d),
        .q(xl_frame_next$q),
        .clock(xl_frame_next$clock)
    );
    top$rx$write$xl_was_settled xl_was_settled(
        .d(xl_was_settled$d),
        .q(xl_was_settled$q),
        .clock(xl_was_settled$clock)
    );
    top$rx$write$nx_asked nx_asked(
        .d(nx_asked$d),
        .q(nx_asked$q),
        .clock(nx_asked$clock)
    );
    top$rx$write$out_rem out_rem(
        .d(out_rem$d),
        .q(out_rem$q),
        .clock(out_rem$clock)
    );
    top$rx$write$beat_lead beat_lead(
        .d(beat_lead$d),
        .q(beat_lead$q),
        .clock(beat_lead$clock)
    );
    top$rx$write$beat_first beat_first(
        .d(beat_first$d),
        .q(beat_first$q),
        .clock(beat_first$clock)
    );
    top$rx$write$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$rx$write$acc_n acc_n(
        .d(acc_n$d),
        .q(acc_n$q),
        .clock(acc_n$clock)
    );
    top$rx$write$out_n out_n(
        .d(out_n$d),
        .q(out_n$q),
        .clock(out_n$clock)
    );
    top$rx$write$spare spare(
        .d(spare$d),
        .q(spare$q),
        .clock(spare$clock)
    );
    top$rx$write$after_n after_n(
        .d(after_n$d),
        .q(after_n$q),
        .clock(after_n$clock)
    );
    top$rx$write$rem_end rem_end(
        .d(rem_end$d),
        .q(rem_end$q),
        .clock(rem_end$clock)
    );
    top$rx$write$piece_last_r piece_last_r(
        .d(piece_last_r$d),
        .q(piece_last_r$q),
        .clock(piece_last_r$clock)
    );
    top$rx$write$nx_last nx_last(
        .d(nx_last$d),
        .q(nx_last$q),
        .clock(nx_last$clock)
    );
    top$rx$write$piece_len piece_len(
        .d(piece_len$d),
        .q(piece_len$q),
        .clock(piece_len$clock)
    );
    top$rx$write$piece_out_rem piece_out_rem(
        .d(piece_out_rem$d),
        .q(piece_out_rem$q),
        .clock(piece_out_rem$clock)
    );
    top$rx$write$piece_out_n piece_out_n(
        .d(piece_out_n$d),
        .q(piece_out_n$q),
        .clock(piece_out_n$clock)
    );
    top$rx$write$host_settled host_settled(
        .d(host_settled$d),
        .q(host_settled$q),
        .clock(host_settled$clock)
    );
    top$rx$write$in_n in_n(
        .d(in_n$d),
        .q(in_n$q),
        .clock(in_n$clock)
    );
    top$rx$write$feed_any feed_any(
        .d(feed_any$d),
        .q(feed_any$q),
        .clock(feed_any$clock)
    );
    top$rx$write$buf_addr buf_addr(
        .d(buf_addr$d),
        .q(buf_addr$q),
        .clock(buf_addr$clock)
    );
    top$rx$write$buf_step buf_step(
        .clock(buf_step$clock),
        .addr(buf_step$addr),
        .step(buf_step$step),
        .sum(buf_step$sum)
    );
    
    // Update code
    assign pl$clock = clock;
    assign first$clock = clock;
    assign cur_off$clock = clock;
    assign xfer_rem$clock = clock;
    assign feed_rem$clock = clock;
    assign drop$clock = clock;
    assign first_piece$clock = clock;
    assign host_r$clock = clock;
    assign pos$clock = clock;
    assign rt_pages$clock = clock;
    assign dma_addr$clock = clock;
    assign dma_len$clock = clock;
    assign nx_fresh$clock = clock;
    assign xl_page$clock = clock;
    assign nx_len$clock = clock;
    assign nx_out_n$clock = clock;
    assign nx_hit_r$clock = clock;
    assign nx_frame$clock = clock;
    assign xl_hit$clock = clock;
    assign xl_cur$clock = clock;
    assign xl_frame_cur$clock = clock;
    assign xl_frame_next$clock = clock;
    assign xl_was_settled$clock = clock;
    assign nx_asked$clock = clock;
    assign out_rem$clock = clock;
    assign beat_lead$clock = clock;
    assign beat_first$clock = clock;
    assign acc$clock = clock;
    assign acc_n$clock = clock;
    assign out_n$clock = clock;
    assign spare$clock = clock;
    assign after_n$clock = clock;
    assign rem_end$clock = clock;
    assign piece_last_r$clock = clock;
    assign nx_last$clock = clock;
    assign piece_len$clock = clock;
    assign piece_out_rem$clock = clock;
    assign piece_out_n$clock = clock;
    assign host_settled$clock = clock;
    assign in_n$clock = clock;
    assign feed_any$clock = clock;
    assign buf_addr$clock = clock;
    assign xl$clock = clock;
    assign buf_step$clock = clock;
    
    always @(*) begin
        pl$d = pl$q;
        first$d = first$q;
        cur_off$d = cur_off$q;
        xfer_rem$d = xfer_rem$q;
        feed_rem$d = feed_rem$q;
        drop$d = drop$q;
        first_piece$d = first_piece$q;
        host_r$d = host_r$q;
        pos$d = pos$q;
        rt_pages$d = rt_pages$q;
        dma_addr$d = dma_addr$q;
        dma_len$d = dma_len$q;
        nx_fresh$d = nx_fresh$q;
        xl_page$d = xl_page$q;
        nx_len$d = nx_len$q;
        nx_out_n$d = nx_out_n$q;
        nx_hit_r$d = nx_hit_r$q;
        nx_frame$d = nx_frame$q;
        xl_hit$d = xl_hit$q;
        xl_cur$d = xl_cur$q;
        xl_frame_cur$d = xl_frame_cur$q;
        xl_frame_next$d = xl_frame_next$q;
        xl_was_settled$d = xl_was_settled$q;
        nx_asked$d = nx_asked$q;
        out_rem$d = out_rem$q;
        beat_lead$d = beat_lead$q;
        beat_first$d = beat_first$q;
        acc$d = acc$q;
        acc_n$d = acc_n$q;
        out_n$d = out_n$q;
        spare$d = spare$q;
        after_n$d = after_n$q;
        rem_end$d = rem_end$q;
        piece_last_r$d = piece_last_r$q;
        nx_last$d = nx_last$q;
        piece_len$d = piece_len$q;
        piece_out_rem$d = piece_out_rem$q;
        piece_out_n$d = piece_out_n$q;
        host_settled$d = host_settled$q;
        in_n$d = in_n$q;
        feed_any$d = feed_any$q;
        buf_addr$d = buf_addr$q;
        pos_sum = ((first$q) & 49'h1ffffffffffff) + cur_off$q;
        pos$d = pos_sum;
        dmaw$valid = 1'b0;
        dmaw$addr = dma_addr$q;
        dmaw$len = dma_len$q;
        dmaw$data = acc$q[(32'h0)+:(64)];
        dmaw$strb = 32'h0;
        dmaw$first = beat_first$q;
        dmaw$last = 1'b0;
        piece_go = 1'b0;
        start_off = pos$q[(32'h0)+:(12)];
        if (host_r$q) begin
            start_off = buf_addr$q[(32'h0)+:(12)];
        end
        room = k_page - ((start_off) & 13'h1fff);
        nx_page = pos$q[(32'hc)+:(37)] + 32'h1;
        xl_page$d = pos_sum[(32'hc)+:(37)];
        if (state == RxState$WrRun) begin
            xl_page$d = nx_page;
        end
        rest_after = xfer_rem$q - ((dma_len$q) & 14'h3fff);
        nx_len$d = k_page;
        if (rest_after < ((k_page) & 14'h3fff)) begin
            nx_len$d = ((rest_after) & 13'h1fff);
        end
        nx_last$d = rest_after <= ((k_page) & 14'h3fff);
        nx_out_n$d = 32'h8;
        if (rest_after < 32'h8) begin
            nx_out_n$d = ((rest_after) & 4'hf);
        end
        nx_want = (state == RxState$WrRun) && nx_fresh$q && ~nx_hit_r$q && (xfer_rem$q > ((dma_len$q) & 14'h3fff));
        xl_settled = (state == RxState$AdvRun) || (state == RxState$AdvRead) || (state == RxState$AdvWait) || (state == RxState$Xlate);
        xl$lookup = xl_settled || nx_want;
        xl_hit$d = xl$hit_cur || xl$hit_next;
        xl_cur$d = xl$hit_cur;
        xl_was_settled$d = xl_settled;
        host_settled$d = state == RxState$HPiece;
        xl_frame_cur$d = xl$frame_cur;
        xl_frame_next$d = xl$frame_next;
        xl_frame = xl_frame_next$q;
        if (xl_cur$q) begin
            xl_frame = xl_frame_cur$q;
        end
        xl$region = region;
        xl$page = xl_page$q;
        nx_asked$d = nx_want && ~rt_we;
        if (nx_asked$q && xl_hit$q && nx_fresh$q) begin
            nx_hit_r$d = 1'b1;
            nx_frame$d = xl_frame;
        end
        xl$pl = pl$q;
        xl$pages = rt_pages$q;
        xl$invalidate = rt_we;
        lead_rem = xfer_rem$q + ((start_off[(32'h0)+:(3)]) & 14'h3fff);
        room_lead = ((k_page - (((start_off[(32'h3)+:(9)]) & 13'h1fff) << 32'h3)) & 14'h3fff);
        pages_past = (((((start_off) & 15'h7fff) + ((xfer_rem$q) & 15'h7fff)) >> 32'hc) & 3'h7);
        piece_fits = ~|pages_past;
        piece_out_rem$d = room_lead;
        piece_len$d = room;
        if (piece_fits) begin
            piece_out_rem$d = lead_rem;
            piece_len$d = ((xfer_rem$q) & 13'h1fff);
        end
        lead_low = ((xfer_rem$q[(32'h0)+:(3)]) & 4'hf) + ((start_off[(32'h0)+:(3)]) & 4'hf);
        piece_out_n$d = 32'h8;
        if (~|xfer_rem$q[(32'h3)+:(11)] && ~lead_low[32'h3]) begin
            piece_out_n$d = lead_low;
        end
        out_fire = 1'b0;
        room_after_beat = spare$q[32'h5] || ~(spare$q[32'h4] || (spare$q[32'h3] && |spare$q[(32'h0)+:(3)]));
        start_after_n = 32'h0;
        if (|piece_out_rem$q[(32'h4)+:(10)]) begin
            start_after_n = 32'h8;
        end
        else if (piece_out_rem$q[32'h3]) begin
            start_after_n = ((piece_out_rem$q[(32'h0)+:(3)]) & 4'hf);
        end
        nx_after_n = 32'h0;
        if (|nx_len$q[(32'h4)+:(9)]) begin
            nx_after_n = 32'h8;
        end
        else if (nx_len$q[32'h3]) begin
            nx_after_n = ((nx_len$q[(32'h0)+:(3)]) & 4'hf);
        end
        beat_after_n = 32'h0;
        if (|out_rem$q[(32'h5)+:(9)] || (out_rem$q[32'h4] && out_rem$q[32'h3])) begin
            beat_after_n = 32'h8;
        end
        else if (out_rem$q[32'h4]) begin
            beat_after_n = ((out_rem$q[(32'h0)+:(3)]) & 4'hf);
        end
        nx_next = rem_end$q && ~piece_last_r$q && ~host_r$q && nx_hit_r$q;
        next_out_n = after_n$q;
        if (nx_next) begin
            next_out_n = nx_out_n$q;
        end
        spare_in = spare$q + ((in_n$q) & 6'h3f);
        spare_out = spare$q - ((after_n$q) & 6'h3f);
        spare_out_nx = spare$q - ((nx_out_n$q) & 6'h3f);
        csa_s = spare$q ^ ((in_n$q) & 6'h3f) ^ ~((after_n$q) & 6'h3f);
        csa_c = (spare$q & ((in_n$q) & 6'h3f)) | (spare$q & ~((after_n$q) & 6'h3f)) | (((in_n$q) & 6'h3f) & ~((after_n$q) & 6'h3f));
        spare_out_in = csa_s + ((csa_c << 32'h1) | k_one6);
        csa_s_nx = spare$q ^ ((in_n$q) & 6'h3f) ^ ~((nx_out_n$q) & 6'h3f);
        csa_c_nx = (spare$q & ((in_n$q) & 6'h3f)) | (spare$q & ~((nx_out_n$q) & 6'h3f)) | (((in_n$q) & 6'h3f) & ~((nx_out_n$q) & 6'h3f));
        spare_out_in_nx = csa_s_nx + ((csa_c_nx << 32'h1) | k_one6);
        piece_end_now = 1'b0;
        acc_low = ~acc_n$q[32'h4] && ~(acc_n$q[32'h3] && |acc_n$q[(32'h0)+:(3)]);
        keep_mask = 32'h0;
        in_mask = 32'h0;
        out_mask = 32'h0;
        out_nx_mask = 32'h0;
        out_in_mask = 32'h0;
        out_in_nx_mask = 32'h0;
        in_fire_now = 1'b0;
        left = acc_n$q;
        fed = feed_rem$q - ((in_n$q) & 14'h3fff);
        fed_small = ~|feed_rem$q[(32'h4)+:(10)] && (~feed_rem$q[32'h3] || in_n$q[32'h3] || (feed_rem$q[(32'h0)+:(3)] < in_n$q[(32'h0)+:(3)]));
        buf_step$addr = buf_addr$q;
        buf_step$step = dma_len$q;
        in_bits = (data >> (((drop$q) & 6'h3f) << 32'h3)) & ~(k_ones64 << (((in_n$q) & 7'h7f) << 32'h3));
        case (state)
            RxState$Classify:
                begin
                    pl$d = region_pl;
                    first$d = region_first;
                end
            RxState$Check:
                begin
                    rt_pages$d = (((region_len + ((first$q) & 49'h1ffffffffffff) + k_page_mask) >> 32'hc) & 38'h3fffffffff);
                    cur_off$d = ((f_offset) & 49'h1ffffffffffff);
                    xfer_rem$d = ((f_len) & 14'h3fff);
                    feed_rem$d = ((f_len) & 14'h3fff);
                    feed_any$d = |f_len[(32'h0)+:(14)];
                    in_n$d = 32'h2;
                    if (f_len < 32'h2) begin
                        in_n$d = ((f_len) & 5'h1f);
                    end
                    host_r$d = 1'b0;
                    first_piece$d = 1'b1;
                    acc$d = 32'h0;
                    drop$d = 32'h6;
                end
            RxState$Xlate:
                begin
                    if (xl_hit$q && xl_was_settled$q) begin
                        if (headers_read) begin
                            piece_go = 1'b1;
                            dma_addr$d = (((xl_frame) & 64'hffffffffffffffff) << 32'hc) | ((pos$q[(32'h0)+:(12)]) & 64'hffffffffffffffff);
                            dma_len$d = piece_len$q;
                            out_rem$d = piece_out_rem$q;
                            out_n$d = piece_out_n$q;
                            after_n$d = start_after_n;
                            rem_end$d = ~|start_after_n;
                            piece_last_r$d = ((piece_len$q) & 14'h3fff) == xfer_rem$q;
                            beat_lead$d = pos$q[(32'h0)+:(3)];
                            beat_first$d = 1'b1;
                            if (first_piece$q) begin
                                acc_n$d = ((pos$q[(32'h0)+:(3)]) & 5'h1f);
                            end
                            spare$d = ((acc_n$d) & 6'h3f) - ((piece_out_n$q) & 6'h3f);
                            first_piece$d = 1'b0;
                        end
                    end
                end
            RxState$HPiece:
                begin
                    if (~buf_small && host_settled$q) begin
                        piece_go = 1'b1;
                        dma_addr$d = buf_addr$q;
                        dma_len$d = piece_len$q;
                        out_rem$d = piece_out_rem$q;
                        out_n$d = piece_out_n$q;
                        after_n$d = start_after_n;
                        rem_end$d = ~|start_after_n;
                        piece_last_r$d = ((piece_len$q) & 14'h3fff) == xfer_rem$q;
                        beat_lead$d = buf_addr$q[(32'h0)+:(3)];
                        beat_first$d = 1'b1;
                        if (first_piece$q) begin
                            acc_n$d = ((buf_addr$q[(32'h0)+:(3)]) & 5'h1f);
                        end
                        spare$d = ((acc_n$d) & 6'h3f) - ((piece_out_n$q) & 6'h3f);
                        first_piece$d = 1'b0;
                    end
                end
            RxState$WrRun:
                begin
                    dmaw$strb = (k_ones8 << beat_lead$q) & ~(k_ones8 << out_n$q);
                    dmaw$last = rem_end$q;
                    if (~spare$q[32'h5]) begin
                        dmaw$valid = 1'b1;
                        out_fire = dmaw$ready;
                    end
                    if (out_fire) begin
                        left = ((spare$q) & 5'h1f);
                    end
                    if (~data_empty && feed_any$q && (acc_low || (out_fire && room_after_beat))) begin
                        in_fire_now = 1'b1;
                    end
                    if (out_fire || in_fire_now) begin
                        acc$d = acc$q;
                        if (out_fire) begin
                            acc$d = acc$q >> (((out_n$q) & 7'h7f) << 32'h3);
                            beat_first$d = 1'b0;
                            beat_lead$d = 32'h0;
                            out_rem$d = out_rem$q - ((out_n$q) & 14'h3fff);
                            out_n$d = next_out_n;
                            after_n$d = beat_after_n;
                            rem_end$d = ~|beat_after_n;
                        end
                        if (in_fire_now) begin
                            acc$d = acc$d | (((in_bits) & 128'hffffffffffffffffffffffffffffffff) << (((left[(32'h0)+:(4)]) & 7'h7f) << 32'h3));
                            feed_rem$d = fed;
                            feed_any$d = feed_rem$q != ((in_n$q) & 14'h3fff);
                            in_n$d = 32'h8;
                            if (fed_small) begin
                                in_n$d = ((fed[(32'h0)+:(3)]) & 5'h1f);
                            end
                            drop$d = 32'h0;
                            acc_n$d = left + in_n$q;
                        end
                        else begin
                            acc_n$d = left;
                        end
                    end
                    piece_end_now = out_fire && rem_end$q;
                    if (piece_end_now) begin
                        xfer_rem$d = xfer_rem$q - ((dma_len$q) & 14'h3fff);
                        cur_off$d = cur_off$q + ((dma_len$q) & 49'h1ffffffffffff);
                        pos$d = pos$q + ((dma_len$q) & 49'h1ffffffffffff);
                        buf_addr$d = buf_step$sum;
                        if (~piece_last_r$q && ~host_r$q && nx_hit_r$q) begin
                            dma_addr$d = ((nx_frame$q) & 64'hffffffffffffffff) << 32'hc;
                            dma_len$d = nx_len$q;
                            out_rem$d = ((nx_len$q) & 14'h3fff);
                            piece_last_r$d = nx_last$q;
                            after_n$d = nx_after_n;
                            rem_end$d = ~|nx_after_n;
                            beat_lead$d = 32'h0;
                            beat_first$d = 1'b1;
                        end
                    end
                    if (~out_fire) begin
                        if (in_fire_now) begin
                            in_mask = k_ones6;
                        end
                        else begin
                            keep_mask = k_ones6;
                        end
                    end
                    else if (in_fire_now) begin
                        if (nx_next) begin
                            out_in_nx_mask = k_ones6;
                        end
                        else begin
                            out_in_mask = k_ones6;
                        end
                    end
                    else if (nx_next) begin
                        out_nx_mask = k_ones6;
                    end
                    else begin
                        out_mask = k_ones6;
                    end
                    spare$d = (spare$q & keep_mask) | (spare_in & in_mask) | (spare_out & out_mask) | (spare_out_nx & out_nx_mask) | (spare_out_in & out_in_mask) | (spare_out_in_nx & out_in_nx_mask);
                end
            RxState$HDescWait:
                begin
                    if (addr_beat) begin
                        buf_addr$d = desc_data;
                    end
                    if (len_beat) begin
                        xfer_rem$d = f_bytes;
                        feed_rem$d = f_bytes;
                        feed_any$d = |f_bytes;
                        in_n$d = 32'h8;
                        if (f_bytes < 32'h8) begin
                            in_n$d = ((f_bytes) & 5'h1f);
                        end
                        drop$d = 32'h0;
                        host_r$d = 1'b1;
                        first_piece$d = 1'b1;
                        acc$d = 32'h0;
                    end
                end
            default:
                begin
                end
        endcase
        nx_fresh$d = (state == RxState$WrRun) && ~piece_end_now;
        if (piece_end_now || rt_we || (state != RxState$WrRun)) begin
            nx_hit_r$d = 1'b0;
        end
        in_fire = in_fire_now;
        piece_end = piece_end_now;
        piece_last = piece_last_r$q;
        host = host_r$q;
        nx_hit = nx_hit_r$q;
    end
    
endmodule // top$rx$write


module top$rx$write$acc(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$acc


module top$rx$write$acc_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$acc_n


module top$rx$write$after_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$after_n


module top$rx$write$beat_first(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$beat_first


module top$rx$write$beat_lead(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$beat_lead


module top$rx$write$buf_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$buf_addr


module top$rx$write$buf_step(clock,addr,step,sum);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] addr;
    input wire  [12:0] step;
    output reg  [63:0] sum;
    
    // Stub signals
    reg  [51:0] page_after$d;
    wire  [51:0] page_after$q;
    wire page_after$clock;
    
    // Local signals
    reg  [12:0] offset_sum;
    
    // Sub module instances
    top$rx$write$buf_step$page_after page_after(
        .d(page_after$d),
        .q(page_after$q),
        .clock(page_after$clock)
    );
    
    // Update code
    assign page_after$clock = clock;
    
    always @(*) begin
        page_after$d = page_after$q;
        page_after$d = addr[(32'hc)+:(52)] + 32'h1;
        offset_sum = ((addr[(32'h0)+:(12)]) & 13'h1fff) + step;
        sum = (((addr[(32'hc)+:(52)]) & 64'hffffffffffffffff) << 32'hc) | ((offset_sum[(32'h0)+:(12)]) & 64'hffffffffffffffff);
        if (offset_sum[32'hc]) begin
            sum = ((page_after$q) & 64'hffffffffffffffff) << 32'hc;
        end
    end
    
endmodule // top$rx$write$buf_step


module top$rx$write$buf_step$page_after(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$buf_step$page_after


module top$rx$write$cur_off(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$cur_off


module top$rx$write$dma_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$dma_addr


module top$rx$write$dma_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$dma_len


module top$rx$write$drop(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$drop


module top$rx$write$feed_any(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$feed_any


module top$rx$write$feed_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$feed_rem


module top$rx$write$first(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$first


module top$rx$write$first_piece(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$first_piece


module top$rx$write$host_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$host_r


module top$rx$write$host_settled(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$host_settled


module top$rx$write$in_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$in_n


module top$rx$write$nx_asked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_asked


module top$rx$write$nx_frame(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_frame


module top$rx$write$nx_fresh(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_fresh


module top$rx$write$nx_hit_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_hit_r


module top$rx$write$nx_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_last


module top$rx$write$nx_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_len


module top$rx$write$nx_out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$nx_out_n


module top$rx$write$out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$out_n


module top$rx$write$out_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$out_rem


module top$rx$write$piece_last_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$piece_last_r


module top$rx$write$piece_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$piece_len


module top$rx$write$piece_out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$piece_out_n


module top$rx$write$piece_out_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$piece_out_rem


module top$rx$write$pl(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$pl


module top$rx$write$pos(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$pos


module top$rx$write$rem_end(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$rem_end


module top$rx$write$rt_pages(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$rt_pages


module top$rx$write$spare(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$spare


module top$rx$write$xfer_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xfer_rem


module top$rx$write$xl(clock,lookup,region,page,pl,pages,invalidate,hit_cur,hit_next,frame_cur,frame_next,rd$req,rd$ready,rd$addr,rd$len,rd$beat,rd$data,rd$last);
    
    // Module arguments
    input wire  clock;
    input wire  lookup;
    input wire  [9:0] region;
    input wire  [36:0] page;
    input wire  [63:0] pl;
    input wire  [37:0] pages;
    input wire  invalidate;
    output reg  hit_cur;
    output reg  hit_next;
    output reg  [51:0] frame_cur;
    output reg  [51:0] frame_next;
    output reg  rd$req;
    input wire  rd$ready;
    output reg  [63:0] rd$addr;
    output reg  [12:0] rd$len;
    input wire  rd$beat;
    input wire  [51:0] rd$data;
    input wire  rd$last;
    
    // Constant declarations
    localparam  k_batch_bytes = 9'b100000000;
    localparam  k_batch = 6'b100000;
    localparam  k_last_batch = 12'hf00;
    
    // Stub signals
    reg  valid$d;
    wire  valid$q;
    wire valid$clock;
    reg  [9:0] tag_region$d;
    wire  [9:0] tag_region$q;
    wire tag_region$clock;
    reg  [36:0] base$d;
    wire  [36:0] base$q;
    wire base$clock;
    reg  [5:0] n$d;
    wire  [5:0] n$q;
    wire n$clock;
    reg  [2047:0] tab$d;
    wire  [2047:0] tab$q;
    wire tab$clock;
    reg  [37:0] limit$d;
    wire  [37:0] limit$q;
    wire limit$clock;
    reg  [5:0] sel$d;
    wire  [5:0] sel$q;
    wire sel$clock;
    reg  [36:0] after$d;
    wire  [36:0] after$q;
    wire after$clock;
    reg  next_valid$d;
    wire  next_valid$q;
    wire next_valid$clock;
    reg  [9:0] next_region$d;
    wire  [9:0] next_region$q;
    wire next_region$clock;
    reg  [36:0] next_base$d;
    wire  [36:0] next_base$q;
    wire next_base$clock;
    reg  [5:0] next_n$d;
    wire  [5:0] next_n$q;
    wire next_n$clock;
    reg  [2047:0] next_tab$d;
    wire  [2047:0] next_tab$q;
    wire next_tab$clock;
    reg  [37:0] next_limit$d;
    wire  [37:0] next_limit$q;
    wire next_limit$clock;
    reg  [5:0] next_sel$d;
    wire  [5:0] next_sel$q;
    wire next_sel$clock;
    reg  look_asked$d;
    wire  look_asked$q;
    wire look_asked$clock;
    reg  look_idle$d;
    wire  look_idle$q;
    wire look_idle$clock;
    reg  look_cur$d;
    wire  look_cur$q;
    wire look_cur$clock;
    reg  look_next$d;
    wire  look_next$q;
    wire look_next$clock;
    reg  [36:0] look_page$d;
    wire  [36:0] look_page$q;
    wire look_page$clock;
    reg  [36:0] look_after$d;
    wire  [36:0] look_after$q;
    wire look_after$clock;
    reg  look_ahead$d;
    wire  look_ahead$q;
    wire look_ahead$clock;
    reg  [9:0] look_region$d;
    wire  [9:0] look_region$q;
    wire look_region$clock;
    reg  [63:0] look_pl$d;
    wire  [63:0] look_pl$q;
    wire look_pl$clock;
    reg  [37:0] look_pages$d;
    wire  [37:0] look_pages$q;
    wire look_pages$clock;
    reg  filling$d;
    wire  filling$q;
    wire filling$clock;
    reg  sizing$d;
    wire  sizing$q;
    wire sizing$clock;
    reg  sized$d;
    wire  sized$q;
    wire sized$clock;
    reg  [37:0] size_left$d;
    wire  [37:0] size_left$q;
    wire size_left$clock;
    reg  asking$d;
    wire  asking$q;
    wire asking$clock;
    reg  [63:0] ask_addr$d;
    wire  [63:0] ask_addr$q;
    wire ask_addr$clock;
    reg  [12:0] ask_len$d;
    wire  [12:0] ask_len$q;
    wire ask_len$clock;
    reg  stale$d;
    wire  stale$q;
    wire stale$clock;
    reg  [5:0] got$d;
    wire  [5:0] got$q;
    wire got$clock;
    reg  [5:0] room$d;
    wire  [5:0] room$q;
    wire room$clock;
    
    // Local signals
    reg  look_want;
    reg  promote;
    reg  [5:0] low;
    reg  [46:0] key;
    reg  [47:0] key_end;
    reg  [4:0] slot;
    reg  [4:0] next_slot;
    reg  ahead;
    reg  [36:0] start_page;
    reg  [5:0] want;
    
    // Sub module instances
    top$rx$write$xl$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$rx$write$xl$tag_region tag_region(
        .d(tag_region$d),
        .q(tag_region$q),
        .clock(tag_region$clock)
    );
    top$rx$write$xl$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    top$rx$write$xl$n n(
        .d(n$d),
        .q(n$q),
        .clock(n$clock)
    );
    top$rx$write$xl$tab tab(
        .d(tab$d),
        .q(tab$q),
        .clock(tab$clock)
    );
    top$rx$write$xl$limit limit(
        .d(limit$d),
        .q(limit$q),
        .clock(limit$clock)
    );
    top$rx$write$xl$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    top$rx$write$xl$after after(
        .d(after$d),
        .q(after$q),
        .clock(after$clock)
    );
    top$rx$write$xl$next_valid next_valid(
        .d(next_valid$d),
        .q(next_valid$q),
        .clock(next_valid$clock)
    );
    top$rx$write$xl$next_region next_region(
        .d(next_region$d),
        .q(next_region$q),
        .clock(next_region$clock)
    );
    top$rx$write$xl$next_base next_base(
        .d(next_base$d),
        .q(next_base$q),
        .clock(next_base$clock)
    );
    top$rx$write$xl$next_n next_n(
        .d(next_n$d),
        .q(next_n$q),
        .clock(next_n$clock)
    );
    top$rx$write$xl$next_tab next_tab(
        .d(next_tab$d),
        .q(next_tab$q),
        .clock(next_tab$clock)
    );
    top$rx$write$xl$next_limit next_limit(
        .d(next_limit$d),
        .q(next_limit$q),
        .clock(next_limit$clock)
    );
    top$rx$write$xl$next_sel next_sel(
        .d(next_sel$d),
        .q(next_sel$q),
        .clock(next_sel$clock)
    );
    top$rx$write$xl$look_asked look_asked(
        .d(look_asked$d),
        .q(look_asked$q),
        .clock(look_asked$clock)
    );
    top$rx$write$xl$look_idle look_idle(
        .d(look_idle$d),
        .q(look_idle$q),
        .clock(look_idle$clock)
    );
    top$rx$write$xl$look_cur look_cur(
        .d(look_cur$d),
        .q(look_cur$q),
        .clock(look_cur$clock)
    );
    top$rx$write$xl$look_next look_next(
        .d(look_next$d),
        .q(look_next$q),
        .clock(look_next$clock)
    );
    top$rx$write$xl$look_page look_page(
        .d(look_page$d),
        .q(look_page$q),
        .clock(look_page$clock)
    );
    top$rx$write$xl$look_after look_after(
        .d(look_after$d),
        .q(look_after$q),
        .clock(look_after$clock)
    );
    top$rx$write$xl$look_ahead look_ahead(
        .d(look_ahead$d),
        .q(look_ahead$q),
        .clock(look_ahead$clock)
    );
    top$rx$write$xl$look_region look_region(
        .d(look_region$d),
        .q(look_region$q),
        .clock(look_region$clock)
    );
    top$rx$write$xl$look_pl look_pl(
        .d(look_pl$d),
        .q(look_pl$q),
        .clock(look_pl$clock)
    );
    top$rx$write$xl$look_pages look_pages(
        .d(look_pages$d),
        .q(look_pages$q),
        .clock(look_pages$clock)
    );
    top$rx$write$xl$filling filling(
        .d(filling$d),
        .q(filling$q),
        .clock(filling$clock)
    );
    top$rx$write$xl$sizing sizing(
        .d(sizing$d),
        .q(sizing$q),
        .clock(sizing$clock)
    );
    top$rx$write$xl$sized sized(
        .d(sized$d),
        .q(sized$q),
        .clock(sized$clock)
    );
    top$rx$write$xl$size_left size_left(
        .d(size_left$d),
        .q(size_left$q),
        .clock(size_left$clock)
    );
    top$rx$write$xl$asking asking(
        .d(asking$d),
        .q(asking$q),
        .clock(asking$clock)
    );
    top$rx$write$xl$ask_addr ask_addr(
        .d(ask_addr$d),
        .q(ask_addr$q),
        .clock(ask_addr$clock)
    );
    top$rx$write$xl$ask_len ask_len(
        .d(ask_len$d),
        .q(ask_len$q),
        .clock(ask_len$clock)
    );
    top$rx$write$xl$stale stale(
        .d(stale$d),
        .q(stale$q),
        .clock(stale$clock)
    );
    top$rx$write$xl$got got(
        .d(got$d),
        .q(got$q),
        .clock(got$clock)
    );
    top$rx$write$xl$room room(
        .d(room$d),
        .q(room$q),
        .clock(room$clock)
    );
    
    // Update code
    assign valid$clock = clock;
    assign tag_region$clock = clock;
    assign base$clock = clock;
    assign n$clock = clock;
    assign tab$clock = clock;
    assign limit$clock = clock;
    assign sel$clock = clock;
    assign after$clock = clock;
    assign next_valid$clock = clock;
    assign next_region$clock = clock;
    assign next_base$clock = clock;
    assign next_n$clock = clock;
    assign next_tab$clock = clock;
    assign next_limit$clock = clock;
    assign next_sel$clock = clock;
    assign look_asked$clock = clock;
    assign look_idle$clock = clock;
    assign look_cur$clock = clock;
    assign look_next$clock = clock;
    assign look_page$clock = clock;
    assign look_after$clock = clock;
    assign look_ahead$clock = clock;
    assign look_region$clock = clock;
    assign look_pl$clock = clock;
    assign look_pages$clock = clock;
    assign filling$clock = clock;
    assign sizing$clock = clock;
    assign sized$clock = clock;
    assign room$clock = clock;
    assign size_left$clock = clock;
    assign asking$clock = clock;
    assign ask_addr$clock = clock;
    assign ask_len$clock = clock;
    assign stale$clock = clock;
    assign got$clock = clock;
    
    always @(*) begin
        valid$d = valid$q;
        tag_region$d = tag_region$q;
        base$d = base$q;
        n$d = n$q;
        tab$d = tab$q;
        limit$d = limit$q;
        sel$d = sel$q;
        after$d = after$q;
        next_valid$d = next_valid$q;
        next_region$d = next_region$q;
        next_base$d = next_base$q;
        next_n$d = next_n$q;
        next_tab$d = next_tab$q;
        next_limit$d = next_limit$q;
        next_sel$d = next_sel$q;
        look_asked$d = look_asked$q;
        look_idle$d = look_idle$q;
        look_cur$d = look_cur$q;
        look_next$d = look_next$q;
        look_page$d = look_page$q;
        look_after$d = look_after$q;
        look_ahead$d = look_ahead$q;
        look_region$d = look_region$q;
        look_pl$d = look_pl$q;
        look_pages$d = look_pages$q;
        filling$d = filling$q;
        sizing$d = sizing$q;
        sized$d = sized$q;
        room$d = room$q;
        size_left$d = size_left$q;
        asking$d = asking$q;
        ask_addr$d = ask_addr$q;
        ask_len$d = ask_len$q;
        stale$d = stale$q;
        got$d = got$q;
        low = page[(32'h0)+:(6)];
        key = ((page) & 47'h7fffffffffff) | (((region) & 47'h7fffffffffff) << 32'h25);
        key_end = ((page) & 48'hffffffffffff) | (((region) & 48'hffffffffffff) << 32'h26);
        hit_cur = valid$q && (key >= (((base$q) & 47'h7fffffffffff) | (((tag_region$q) & 47'h7fffffffffff) << 32'h25))) && (key_end < (((limit$q) & 48'hffffffffffff) | (((tag_region$q) & 48'hffffffffffff) << 32'h26)));
        hit_next = next_valid$q && (key >= (((next_base$q) & 47'h7fffffffffff) | (((next_region$q) & 47'h7fffffffffff) << 32'h25))) && (key_end < (((next_limit$q) & 48'hffffffffffff) | (((next_region$q) & 48'hffffffffffff) << 32'h26)));
        slot = ((low + sel$q) & 5'h1f);
        next_slot = ((low + next_sel$q) & 5'h1f);
        frame_cur = tab$q[(slot * 32'h40)+:(52)];
        frame_next = next_tab$q[(next_slot * 32'h40)+:(52)];
        ahead = hit_cur && (n$q == 32'h20) && ~(next_valid$q && (next_region$q == region) && (next_base$q == after$q)) && (((after$q) & 38'h3fffffffff) < pages);
        room$d = 32'h20;
        if (ask_addr$q[(32'h0)+:(12)] > k_last_batch) begin
            room$d = (((k_batch_bytes - ((ask_addr$q[(32'h0)+:(8)]) & 9'h1ff)) >> 32'h3) & 6'h3f);
        end
        want = room$q;
        if (~|size_left$q[(32'h6)+:(32)] && (size_left$q[(32'h0)+:(6)] < room$q)) begin
            want = size_left$q[(32'h0)+:(6)];
        end
        next_limit$d = ((next_base$q) & 38'h3fffffffff) + ((next_n$q) & 38'h3fffffffff);
        next_sel$d = k_batch - next_n$q - next_base$q[(32'h0)+:(6)];
        rd$req = asking$q;
        rd$addr = ask_addr$q;
        rd$len = ask_len$q;
        if (asking$q && rd$ready) begin
            asking$d = 1'b0;
        end
        look_asked$d = lookup;
        look_idle$d = ~filling$q;
        look_cur$d = hit_cur;
        look_next$d = hit_next;
        promote = look_asked$q && ~look_cur$q && look_next$q;
        if (promote && next_valid$q) begin
            valid$d = 1'b1;
            tag_region$d = next_region$q;
            base$d = next_base$q;
            after$d = next_base$q + 32'h20;
            n$d = next_n$q;
            tab$d = next_tab$q;
            limit$d = next_limit$q;
            sel$d = next_sel$q;
            next_valid$d = 1'b0;
        end
        look_want = look_asked$q && look_idle$q && (~(look_cur$q || look_next$q) || look_ahead$q);
        look_page$d = page;
        look_after$d = after$q;
        look_ahead$d = ahead;
        start_page = look_page$q;
        if (look_ahead$q) begin
            start_page = look_after$q;
        end
        look_region$d = region;
        look_pl$d = pl;
        look_pages$d = pages;
        if (look_want && ~filling$q) begin
            sizing$d = 1'b1;
            next_valid$d = 1'b0;
            filling$d = 1'b1;
            stale$d = 1'b0;
            got$d = 32'h0;
            next_base$d = start_page;
            next_region$d = look_region$q;
            ask_addr$d = look_pl$q + (((start_page) & 64'hffffffffffffffff) << 32'h3);
            size_left$d = look_pages$q - ((start_page) & 38'h3fffffffff);
        end
        sized$d = sizing$q;
        if (sizing$q) begin
            sizing$d = 1'b0;
        end
        if (sized$q) begin
            asking$d = 1'b1;
            ask_len$d = ((want) & 13'h1fff) << 32'h3;
            next_n$d = want;
        end
        if (rd$beat) begin
            next_tab$d = (next_tab$q >> 32'h40) | (((rd$data) & 2048'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h7c0);
            got$d = got$q + 32'h1;
            if (got$q + 32'h1 == next_n$q) begin
                next_valid$d = ~stale$q;
                filling$d = 1'b0;
            end
        end
        if (invalidate) begin
            valid$d = 1'b0;
            next_valid$d = 1'b0;
            stale$d = 1'b1;
            look_asked$d = 1'b0;
        end
    end
    
endmodule // top$rx$write$xl


module top$rx$write$xl$after(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$after


module top$rx$write$xl$ask_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$ask_addr


module top$rx$write$xl$ask_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$ask_len


module top$rx$write$xl$asking(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$asking


module top$rx$write$xl$base(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$base


module top$rx$write$xl$filling(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$filling


module top$rx$write$xl$got(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$got


module top$rx$write$xl$limit(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$limit


module top$rx$write$xl$look_after(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_after


module top$rx$write$xl$look_ahead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_ahead


module top$rx$write$xl$look_asked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_asked


module top$rx$write$xl$look_cur(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_cur


module top$rx$write$xl$look_idle(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_idle


module top$rx$write$xl$look_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_next


module top$rx$write$xl$look_page(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_page


module top$rx$write$xl$look_pages(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_pages


module top$rx$write$xl$look_pl(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_pl


module top$rx$write$xl$look_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$look_region


module top$rx$write$xl$n(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$n


module top$rx$write$xl$next_base(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_base


module top$rx$write$xl$next_limit(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_limit


module top$rx$write$xl$next_n(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_n


module top$rx$write$xl$next_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_region


module top$rx$write$xl$next_sel(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_sel


module top$rx$write$xl$next_tab(d,q,clock);
    
    // Module arguments
    input wire  [2047:0] d;
    output reg  [2047:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2048'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_tab


module top$rx$write$xl$next_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$next_valid


module top$rx$write$xl$room(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$room


module top$rx$write$xl$sel(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$sel


module top$rx$write$xl$size_left(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$size_left


module top$rx$write$xl$sized(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$sized


module top$rx$write$xl$sizing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$sizing


module top$rx$write$xl$stale(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$stale


module top$rx$write$xl$tab(d,q,clock);
    
    // Module arguments
    input wire  [2047:0] d;
    output reg  [2047:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2048'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$tab


module top$rx$write$xl$tag_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$tag_region


module top$rx$write$xl$valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl$valid


module top$rx$write$xl_cur(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_cur


module top$rx$write$xl_frame_cur(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_frame_cur


module top$rx$write$xl_frame_next(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_frame_next


module top$rx$write$xl_hit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_hit


module top$rx$write$xl_page(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_page


module top$rx$write$xl_was_settled(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rx$write$xl_was_settled


module top$rxbuf_xoff(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf_xoff


module top$rxbuf_xon(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxbuf_xon


module top$rxq_tail(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$rxq_tail


module top$snap_done(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$snap_done


module top$snap_high(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$snap_high


module top$sq(clock,enable,reset,max_payload,station,sq_base,sq_log2,sq_tail,sq_head,rt_we,rt_waddr,rt_wdata,ct_we,ct_waddr,ct_wdata,desc_rd$req,desc_rd$ready,desc_rd$addr,desc_rd$len,desc_rd$beat,desc_rd$data,desc_rd$last,list_rd$req,list_rd$ready,list_rd$addr,list_rd$len,list_rd$beat,list_rd$data,list_rd$last,payload_rd$req,payload_rd$ready,payload_rd$addr,payload_rd$len,payload_rd$beat,payload_rd$data,payload_rd$last,event$req,event$kind,event$ctx,event$a,event$b,event$ack,tx_data,tx_keep,tx_valid,tx_last,tx_ready,tx_sent,idle,c_sq_errors);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  reset;
    input wire  [13:0] max_payload;
    input wire  [47:0] station;
    input wire  [63:0] sq_base;
    input wire  [4:0] sq_log2;
    input wire  [31:0] sq_tail;
    output reg  [31:0] sq_head;
    input wire  rt_we;
    input wire  [9:0] rt_waddr;
    input wire  [143:0] rt_wdata;
    input wire  ct_we;
    input wire  [5:0] ct_waddr;
    input wire  [112:0] ct_wdata;
    output wire  desc_rd$req;
    input wire  desc_rd$ready;
    output wire  [63:0] desc_rd$addr;
    output wire  [12:0] desc_rd$len;
    input wire  desc_rd$beat;
    input wire  [63:0] desc_rd$data;
    input wire  desc_rd$last;
    output wire  list_rd$req;
    input wire  list_rd$ready;
    output wire  [63:0] list_rd$addr;
    output wire  [12:0] list_rd$len;
    input wire  list_rd$beat;
    input wire  [51:0] list_rd$data;
    input wire  list_rd$last;
    output wire  payload_rd$req;
    input wire  payload_rd$ready;
    output wire  [63:0] payload_rd$addr;
    output wire  [12:0] payload_rd$len;
    input wire  payload_rd$beat;
    input wire  [63:0] payload_rd$data;
    input wire  payload_rd$last;
    output wire  event$req;
    output wire  [7:0] event$kind;
    output wire  [15:0] event$ctx;
    output wire  [31:0] event$a;
    output wire  [31:0] event$b;
    input wire  event$ack;
    output reg  [63:0] tx_data;
    output reg  [7:0] tx_keep;
    output reg  tx_valid;
    output reg  tx_last;
    input wire  tx_ready;
    output reg  tx_sent;
    output reg  idle;
    output reg  [31:0] c_sq_errors;
    
    // Stub signals
    wire request$clock;
    reg  request$enable;
    reg  request$reset;
    reg  [13:0] request$max_payload;
    reg  [47:0] request$station;
    reg  [63:0] request$sq_base;
    reg  [4:0] request$sq_log2;
    reg  [31:0] request$sq_tail;
    reg  request$rt_we;
    reg  [9:0] request$rt_waddr;
    reg  [143:0] request$rt_wdata;
    reg  request$ct_we;
    reg  [5:0] request$ct_waddr;
    reg  [112:0] request$ct_wdata;
    wire  [437:0] request$rec;
    wire  request$rec_empty;
    reg  request$rec_read;
    wire  [63:0] request$beat;
    wire  request$beat_empty;
    reg  request$beat_read;
    reg  request$word_taken;
    wire  request$idle;
    wire assemble$clock;
    reg  assemble$reset;
    reg  [437:0] assemble$rec;
    reg  assemble$rec_empty;
    wire  assemble$rec_read;
    reg  [63:0] assemble$beat;
    reg  assemble$beat_empty;
    wire  assemble$beat_read;
    wire  assemble$word_taken;
    wire  [63:0] assemble$tx_data;
    wire  [7:0] assemble$tx_keep;
    wire  assemble$tx_valid;
    wire  assemble$tx_last;
    reg  assemble$tx_ready;
    wire  assemble$tx_sent;
    wire  [31:0] assemble$sq_head;
    wire  [31:0] assemble$c_sq_errors;
    wire  assemble$idle;
    
    // Sub module instances
    top$sq$request request(
        .clock(request$clock),
        .enable(request$enable),
        .reset(request$reset),
        .max_payload(request$max_payload),
        .station(request$station),
        .sq_base(request$sq_base),
        .sq_log2(request$sq_log2),
        .sq_tail(request$sq_tail),
        .rt_we(request$rt_we),
        .rt_waddr(request$rt_waddr),
        .rt_wdata(request$rt_wdata),
        .ct_we(request$ct_we),
        .ct_waddr(request$ct_waddr),
        .ct_wdata(request$ct_wdata),
        .desc_rd$req(desc_rd$req),
        .desc_rd$ready(desc_rd$ready),
        .desc_rd$addr(desc_rd$addr),
        .desc_rd$len(desc_rd$len),
        .desc_rd$beat(desc_rd$beat),
        .desc_rd$data(desc_rd$data),
        .desc_rd$last(desc_rd$last),
        .list_rd$req(list_rd$req),
        .list_rd$ready(list_rd$ready),
        .list_rd$addr(list_rd$addr),
        .list_rd$len(list_rd$len),
        .list_rd$beat(list_rd$beat),
        .list_rd$data(list_rd$data),
        .list_rd$last(list_rd$last),
        .payload_rd$req(payload_rd$req),
        .payload_rd$ready(payload_rd$ready),
        .payload_rd$addr(payload_rd$addr),
        .payload_rd$len(payload_rd$len),
        .payload_rd$beat(payload_rd$beat),
        .payload_rd$data(payload_rd$data),
        .payload_rd$last(payload_rd$last),
        .rec(request$rec),
        .rec_empty(request$rec_empty),
        .rec_read(request$rec_read),
        .beat(request$beat),
        .beat_empty(request$beat_empty),
        .beat_read(request$beat_read),
        .word_taken(request$word_taken),
        .idle(request$idle)
    );
    top$sq$assemble assemble(
        .clock(assemble$clock),
        .reset(assemble$reset),
        .rec(assemble$rec),
        .rec_empty(assemble$rec_empty),
        .rec_read(assemble$rec_read),
        .beat(assemble$beat),
        .beat_empty(assemble$beat_empty),
        .beat_read(assemble$beat_read),
        .word_taken(assemble$word_taken),
        .event$req(event$req),
        .event$kind(event$kind),
        .event$ctx(event$ctx),
        .event$a(event$a),
        .event$b(event$b),
        .event$ack(event$ack),
        .tx_data(assemble$tx_data),
        .tx_keep(assemble$tx_keep),
        .tx_valid(assemble$tx_valid),
        .tx_last(assemble$tx_last),
        .tx_ready(assemble$tx_ready),
        .tx_sent(assemble$tx_sent),
        .sq_head(assemble$sq_head),
        .c_sq_errors(assemble$c_sq_errors),
        .idle(assemble$idle)
    );
    
    // Update code
    assign request$clock = clock;
    assign assemble$clock = clock;
    
    always @(*) begin
        request$enable = enable;
        request$reset = reset;
        request$max_payload = max_payload;
        request$station = station;
        request$sq_base = sq_base;
        request$sq_log2 = sq_log2;
        request$sq_tail = sq_tail;
        request$rt_we = rt_we;
        request$rt_waddr = rt_waddr;
        request$rt_wdata = rt_wdata;
        request$ct_we = ct_we;
        request$ct_waddr = ct_waddr;
        request$ct_wdata = ct_wdata;
        assemble$reset = reset;
        assemble$rec = request$rec;
        assemble$rec_empty = request$rec_empty;
        request$rec_read = assemble$rec_read;
        assemble$beat = request$beat;
        assemble$beat_empty = request$beat_empty;
        request$beat_read = assemble$beat_read;
        request$word_taken = assemble$word_taken;
        tx_data = assemble$tx_data;
        tx_keep = assemble$tx_keep;
        tx_valid = assemble$tx_valid;
        tx_last = assemble$tx_last;
        assemble$tx_ready = tx_ready;
        tx_sent = assemble$tx_sent;
        sq_head = assemble$sq_head;
        c_sq_errors = assemble$c_sq_errors;
        idle = request$idle && assemble$idle;
    end
    
endmodule // top$sq


module top$sq$assemble(clock,reset,rec,rec_empty,rec_read,beat,beat_empty,beat_read,word_taken,event$req,event$kind,event$ctx,event$a,event$b,event$ack,tx_data,tx_keep,tx_valid,tx_last,tx_ready,tx_sent,sq_head,c_sq_errors,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [437:0] rec;
    input wire  rec_empty;
    output reg  rec_read;
    input wire  [63:0] beat;
    input wire  beat_empty;
    output reg  beat_read;
    output reg  word_taken;
    output reg  event$req;
    output reg  [7:0] event$kind;
    output reg  [15:0] event$ctx;
    output reg  [31:0] event$a;
    output reg  [31:0] event$b;
    input wire  event$ack;
    output reg  [63:0] tx_data;
    output reg  [7:0] tx_keep;
    output reg  tx_valid;
    output reg  tx_last;
    input wire  tx_ready;
    output reg  tx_sent;
    output reg  [31:0] sq_head;
    output reg  [31:0] c_sq_errors;
    output reg  idle;
    
    // Constant declarations
    localparam  k_ones8 = 8'hff;
    localparam  k_ev_done = 8'h2;
    localparam  k_ev_error = 8'h3;
    localparam  k_last_bytes_lane = 7'b10000;
    localparam  k_last_bytes_n = 4'h6;
    localparam  k_last_bytes = 64'hffffffffffff;
    localparam  at_header$dst = 10'b101000000;
    localparam  at_header$group = 10'b101101000;
    localparam  at_header$src = 10'b100010000;
    localparam  at_header$ethertype = 10'b100000000;
    localparam  at_header$ver_op = 10'b11111000;
    localparam  at_header$op = 10'b11111000;
    localparam  at_header$version = 10'b11111100;
    localparam  at_header$flags = 10'b11110000;
    localparam  at_header$length = 10'b11100000;
    localparam  at_header$dst_ctx = 10'b11010000;
    localparam  at_header$src_ctx = 10'b11000000;
    localparam  at_header$dst_tag = 10'b10100000;
    localparam  at_header$psn = 10'b10000000;
    localparam  at_header$key = 10'b1000000;
    localparam  at_header$region = 10'b110000;
    localparam  at_header$offset = 10'b0;
    localparam  at_header$first_word = 10'b100110000;
    localparam  at_sq_record$header = 10'b0;
    localparam  at_sq_record$payload = 10'b101110000;
    localparam  at_sq_record$lane = 10'b101111110;
    localparam  at_sq_record$error = 10'b110000001;
    localparam  at_sq_record$last = 10'b110000100;
    localparam  at_sq_record$event = 10'b110000101;
    localparam  at_sq_record$index = 10'b110000110;
    localparam  at_sq_record$ctx = 10'b110100110;
    
    // Enums
    localparam AsState$Idle = 0;
    localparam AsState$Header = 1;
    localparam AsState$Body = 2;
    localparam AsState$Event = 3;
    
    // Stub signals
    wire out$clock;
    reg  [63:0] out$in_data;
    reg  [7:0] out$in_keep;
    reg  out$in_last;
    reg  out$in_write;
    wire  [63:0] out$out_data;
    wire  [7:0] out$out_keep;
    wire  out$out_last;
    wire  out$out_valid;
    reg  out$out_ready;
    wire  out$out_take;
    wire  out$out_sent;
    wire  out$empty;
    wire align$clock;
    reg  align$start;
    reg  [63:0] align$prefix;
    reg  [3:0] align$prefix_n;
    reg  [13:0] align$feed_len;
    reg  align$next_piece;
    reg  [2:0] align$lead;
    reg  [63:0] align$in_data;
    reg  align$in_valid;
    wire  align$in_take;
    wire  [63:0] align$out_data;
    wire  [7:0] align$out_keep;
    wire  align$out_last;
    wire  align$out_write;
    wire  align$idle;
    reg  [63:0] reverse$word;
    wire  [63:0] reverse$reversed;
    reg  [63:0] reverse_last$word;
    wire  [63:0] reverse_last$reversed;
    reg  [1:0] asm$d;
    wire  [1:0] asm$q;
    wire asm$clock;
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    wire head$clock;
    reg  [437:0] cur$d;
    wire  [437:0] cur$q;
    wire cur$clock;
    reg  [2:0] widx$d;
    wire  [2:0] widx$q;
    wire widx$clock;
    reg  [31:0] errors$d;
    wire  [31:0] errors$q;
    wire errors$clock;
    
    // Local signals
    reg  [63:0] chunk;
    reg  [63:0] rev;
    reg  [63:0] last_chunk;
    
    // Sub module instances
    top$sq$assemble$out out(
        .clock(out$clock),
        .in_data(out$in_data),
        .in_keep(out$in_keep),
        .in_last(out$in_last),
        .in_write(out$in_write),
        .out_data(out$out_data),
        .out_keep(out$out_keep),
        .out_last(out$out_last),
        .out_valid(out$out_valid),
        .out_ready(out$out_ready),
        .out_take(out$out_take),
        .out_sent(out$out_sent),
        .empty(out$empty)
    );
    top$sq$assemble$align align(
        .clock(align$clock),
        .start(align$start),
        .prefix(align$prefix),
        .prefix_n(align$prefix_n),
        .feed_len(align$feed_len),
        .next_piece(align$next_piece),
        .lead(align$lead),
        .in_data(align$in_data),
        .in_valid(align$in_valid),
        .in_take(align$in_take),
        .out_data(align$out_data),
        .out_keep(align$out_keep),
        .out_last(align$out_last),
        .out_write(align$out_write),
        .idle(align$idle)
    );
    top$sq$assemble$reverse reverse(
        .word(reverse$word),
        .reversed(reverse$reversed)
    );
    top$sq$assemble$reverse_last reverse_last(
        .word(reverse_last$word),
        .reversed(reverse_last$reversed)
    );
    top$sq$assemble$asm asm(
        .d(asm$d),
        .q(asm$q),
        .clock(asm$clock)
    );
    top$sq$assemble$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$sq$assemble$cur cur(
        .d(cur$d),
        .q(cur$q),
        .clock(cur$clock)
    );
    top$sq$assemble$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    top$sq$assemble$errors errors(
        .d(errors$d),
        .q(errors$q),
        .clock(errors$clock)
    );
    
    // Update code
    assign asm$clock = clock;
    assign head$clock = clock;
    assign cur$clock = clock;
    assign widx$clock = clock;
    assign errors$clock = clock;
    assign out$clock = clock;
    assign align$clock = clock;
    
    always @(*) begin
        asm$d = asm$q;
        head$d = head$q;
        cur$d = cur$q;
        widx$d = widx$q;
        errors$d = errors$q;
        rec_read = 1'b0;
        event$req = 1'b0;
        event$kind = k_ev_done;
        event$ctx = cur$q[(at_sq_record$ctx)+:(16)];
        event$a = cur$q[(at_sq_record$index)+:(32)];
        event$b = 32'h0;
        if (|cur$q[(at_sq_record$error)+:(3)]) begin
            event$kind = k_ev_error;
            event$b = ((cur$q[(at_sq_record$error)+:(3)]) & 32'hffffffff);
        end
        chunk = cur$q[(at_header$first_word - (widx$q << 32'h6))+:(64)];
        reverse$word = chunk;
        rev = reverse$reversed;
        last_chunk = ((cur$q[(32'h0)+:(48)]) & 64'hffffffffffffffff) << k_last_bytes_lane;
        reverse_last$word = last_chunk;
        align$start = 1'b0;
        align$next_piece = 1'b0;
        align$prefix = reverse_last$reversed & k_last_bytes;
        align$prefix_n = k_last_bytes_n;
        align$feed_len = cur$q[(at_sq_record$payload)+:(14)];
        align$lead = cur$q[(at_sq_record$lane)+:(3)];
        align$in_data = beat;
        align$in_valid = (asm$q == AsState$Body) && ~beat_empty;
        out$in_write = align$out_write;
        out$in_data = align$out_data;
        out$in_keep = align$out_keep;
        out$in_last = align$out_last;
        case (asm$q)
            AsState$Idle:
                begin
                    if (~rec_empty) begin
                        rec_read = 1'b1;
                        cur$d = rec;
                        widx$d = 32'h0;
                        if (|rec[(at_sq_record$error)+:(3)]) begin
                            asm$d = AsState$Event;
                        end
                        else begin
                            asm$d = AsState$Header;
                        end
                    end
                end
            AsState$Header:
                begin
                    out$in_write = 1'b1;
                    out$in_data = rev;
                    out$in_keep = k_ones8;
                    out$in_last = 1'b0;
                    widx$d = widx$q + 32'h1;
                    if (widx$q == 32'h4) begin
                        align$start = 1'b1;
                        asm$d = AsState$Body;
                    end
                end
            AsState$Body:
                begin
                    if (align$out_write && align$out_last) begin
                        asm$d = AsState$Idle;
                        if (cur$q[at_sq_record$last]) begin
                            if (cur$q[at_sq_record$event]) begin
                                asm$d = AsState$Event;
                            end
                            else begin
                                head$d = head$q + 32'h1;
                            end
                        end
                    end
                end
            AsState$Event:
                begin
                    event$req = 1'b1;
                    if (event$ack) begin
                        head$d = head$q + 32'h1;
                        if (|cur$q[(at_sq_record$error)+:(3)]) begin
                            errors$d = errors$q + 32'h1;
                        end
                        asm$d = AsState$Idle;
                    end
                end
            default:
                begin
                    asm$d = AsState$Idle;
                end
        endcase
        beat_read = align$in_take;
        tx_data = out$out_data;
        tx_keep = out$out_keep;
        tx_last = out$out_last;
        tx_valid = out$out_valid;
        out$out_ready = tx_ready;
        tx_sent = out$out_sent;
        word_taken = out$out_take;
        sq_head = head$q;
        c_sq_errors = errors$q;
        idle = (asm$q == AsState$Idle) && align$idle && out$empty;
        if (reset) begin
            head$d = 32'h0;
            errors$d = 32'h0;
        end
    end
    
endmodule // top$sq$assemble


module top$sq$assemble$align(clock,start,prefix,prefix_n,feed_len,next_piece,lead,in_data,in_valid,in_take,out_data,out_keep,out_last,out_write,idle);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [63:0] prefix;
    input wire  [3:0] prefix_n;
    input wire  [13:0] feed_len;
    input wire  next_piece;
    input wire  [2:0] lead;
    input wire  [63:0] in_data;
    input wire  in_valid;
    output reg  in_take;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  out_write;
    output reg  idle;
    
    // Constant declarations
    localparam  k_ones8 = 8'hff;
    localparam  k_ones64 = 64'hffffffffffffffff;
    
    // Stub signals
    reg  [127:0] acc$d;
    wire  [127:0] acc$q;
    wire acc$clock;
    reg  [4:0] acc_n$d;
    wire  [4:0] acc_n$q;
    wire acc_n$clock;
    reg  [14:0] out_rem$d;
    wire  [14:0] out_rem$q;
    wire out_rem$clock;
    reg  [3:0] out_n$d;
    wire  [3:0] out_n$q;
    wire out_n$clock;
    reg  [13:0] feed_rem$d;
    wire  [13:0] feed_rem$q;
    wire feed_rem$clock;
    reg  feed_hi$d;
    wire  feed_hi$q;
    wire feed_hi$clock;
    reg  [2:0] first_lane$d;
    wire  [2:0] first_lane$q;
    wire first_lane$clock;
    reg  [3:0] in_n$d;
    wire  [3:0] in_n$q;
    wire in_n$clock;
    reg  [63:0] in_mask$d;
    wire  [63:0] in_mask$q;
    wire in_mask$clock;
    reg  [3:0] start_n$d;
    wire  [3:0] start_n$q;
    wire start_n$clock;
    reg  [63:0] start_mask$d;
    wire  [63:0] start_mask$q;
    wire start_mask$clock;
    reg  [14:0] frame_len$d;
    wire  [14:0] frame_len$q;
    wire frame_len$clock;
    reg  [3:0] start_out_n$d;
    wire  [3:0] start_out_n$q;
    wire start_out_n$clock;
    
    // Local signals
    reg  out_fire;
    reg  in_fire;
    reg  [2:0] turn;
    reg  [127:0] turned;
    reg  [63:0] rotated;
    reg  [191:0] wide;
    reg  [13:0] fed;
    reg  [3:0] fed_low;
    reg  [3:0] fed_n;
    reg  [3:0] piece_end_lane;
    reg  [3:0] start_end_lane;
    reg  [3:0] piece_n;
    reg  [63:0] piece_mask;
    reg  [14:0] sent;
    reg  [3:0] sent_n;
    
    // Sub module instances
    top$sq$assemble$align$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$sq$assemble$align$acc_n acc_n(
        .d(acc_n$d),
        .q(acc_n$q),
        .clock(acc_n$clock)
    );
    top$sq$assemble$align$out_rem out_rem(
        .d(out_rem$d),
        .q(out_rem$q),
        .clock(out_rem$clock)
    );
    top$sq$assemble$align$out_n out_n(
        .d(out_n$d),
        .q(out_n$q),
        .clock(out_n$clock)
    );
    top$sq$assemble$align$feed_rem feed_rem(
        .d(feed_rem$d),
        .q(feed_rem$q),
        .clock(feed_rem$clock)
    );
    top$sq$assemble$align$feed_hi feed_hi(
        .d(feed_hi$d),
        .q(feed_hi$q),
        .clock(feed_hi$clock)
    );
    top$sq$assemble$align$first_lane first_lane(
        .d(first_lane$d),
        .q(first_lane$q),
        .clock(first_lane$clock)
    );
    top$sq$assemble$align$in_n in_n(
        .d(in_n$d),
        .q(in_n$q),
        .clock(in_n$clock)
    );
    top$sq$assemble$align$in_mask in_mask(
        .d(in_mask$d),
        .q(in_mask$q),
        .clock(in_mask$clock)
    );
    top$sq$assemble$align$start_n start_n(
        .d(start_n$d),
        .q(start_n$q),
        .clock(start_n$clock)
    );
    top$sq$assemble$align$start_mask start_mask(
        .d(start_mask$d),
        .q(start_mask$q),
        .clock(start_mask$clock)
    );
    top$sq$assemble$align$frame_len frame_len(
        .d(frame_len$d),
        .q(frame_len$q),
        .clock(frame_len$clock)
    );
    top$sq$assemble$align$start_out_n start_out_n(
        .d(start_out_n$d),
        .q(start_out_n$q),
        .clock(start_out_n$clock)
    );
    
    // Update code
    assign acc$clock = clock;
    assign acc_n$clock = clock;
    assign out_rem$clock = clock;
    assign out_n$clock = clock;
    assign feed_rem$clock = clock;
    assign feed_hi$clock = clock;
    assign first_lane$clock = clock;
    assign in_n$clock = clock;
    assign in_mask$clock = clock;
    assign start_n$clock = clock;
    assign start_mask$clock = clock;
    assign frame_len$clock = clock;
    assign start_out_n$clock = clock;
    
    always @(*) begin
        acc$d = acc$q;
        acc_n$d = acc_n$q;
        out_rem$d = out_rem$q;
        out_n$d = out_n$q;
        feed_rem$d = feed_rem$q;
        feed_hi$d = feed_hi$q;
        first_lane$d = first_lane$q;
        in_n$d = in_n$q;
        in_mask$d = in_mask$q;
        start_n$d = start_n$q;
        start_mask$d = start_mask$q;
        frame_len$d = frame_len$q;
        start_out_n$d = start_out_n$q;
        out_fire = |out_n$q && (((out_n$q) & 5'h1f) <= acc_n$q);
        in_fire = in_valid && |in_n$q;
        in_take = in_fire;
        out_write = out_fire;
        out_data = acc$q[(32'h0)+:(64)];
        out_keep = ~(k_ones8 << out_n$q);
        out_last = out_rem$q <= 32'h8;
        idle = ~|out_n$q;
        turn = acc_n$q[(32'h0)+:(3)] - first_lane$q;
        turned = ((in_data & in_mask$q) & 128'hffffffffffffffffffffffffffffffff) << (((turn) & 7'h7f) << 32'h3);
        rotated = turned[(32'h0)+:(64)] | turned[(32'h40)+:(64)];
        wide = ((acc$q) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff);
        if (in_fire) begin
            wide = wide | ((((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) | (((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80)) & (((k_ones64) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << (((acc_n$q) & 8'hff) << 32'h3)));
        end
        acc$d = wide[(32'h0)+:(128)];
        if (out_fire) begin
            acc$d = wide[(32'h40)+:(128)];
        end
        fed = feed_rem$q - ((in_n$q) & 14'h3fff);
        fed_low = feed_rem$q[(32'h0)+:(4)] - in_n$q;
        fed_n = 32'h8;
        if (~feed_hi$q && ~fed_low[32'h3]) begin
            fed_n = fed_low;
        end
        piece_end_lane = ((lead) & 4'hf) + ((feed_rem$q[(32'h0)+:(3)]) & 4'hf);
        if (|feed_rem$q[(32'h3)+:(11)] || (piece_end_lane > 32'h8)) begin
            piece_end_lane = 32'h8;
        end
        start_end_lane = ((lead) & 4'hf) + ((feed_len[(32'h0)+:(3)]) & 4'hf);
        if (|feed_len[(32'h3)+:(11)] || (start_end_lane > 32'h8)) begin
            start_end_lane = 32'h8;
        end
        piece_n = piece_end_lane - ((lead) & 4'hf);
        start_n$d = start_end_lane - ((lead) & 4'hf);
        piece_mask = (k_ones64 << (((lead) & 7'h7f) << 32'h3)) & ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((piece_end_lane) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        start_mask$d = (k_ones64 << (((lead) & 7'h7f) << 32'h3)) & ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((start_end_lane) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        sent = out_rem$q - ((out_n$q) & 15'h7fff);
        sent_n = 32'h8;
        if (~|out_rem$q[(32'h4)+:(11)]) begin
            sent_n = 32'h0;
            if (out_rem$q[32'h3]) begin
                sent_n = ((out_rem$q[(32'h0)+:(3)]) & 4'hf);
            end
        end
        frame_len$d = ((feed_len) & 15'h7fff) + ((prefix_n) & 15'h7fff);
        start_out_n$d = 32'h8;
        if (frame_len$d < 32'h8) begin
            start_out_n$d = frame_len$d[(32'h0)+:(4)];
        end
        if (in_fire) begin
            feed_rem$d = fed;
            feed_hi$d = |fed[(32'h4)+:(10)];
            first_lane$d = 32'h0;
            in_n$d = fed_n;
            in_mask$d = ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((fed_n) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        end
        if (next_piece) begin
            first_lane$d = lead;
            in_n$d = piece_n;
            in_mask$d = piece_mask;
        end
        if (out_fire) begin
            out_rem$d = sent;
            out_n$d = sent_n;
        end
        if (in_fire && out_fire) begin
            acc_n$d = acc_n$q + ((in_n$q) & 5'h1f) - ((out_n$q) & 5'h1f);
        end
        else if (in_fire) begin
            acc_n$d = acc_n$q + ((in_n$q) & 5'h1f);
        end
        else if (out_fire) begin
            acc_n$d = acc_n$q - ((out_n$q) & 5'h1f);
        end
        if (start) begin
            acc$d = ((prefix) & 128'hffffffffffffffffffffffffffffffff);
            acc_n$d = ((prefix_n) & 5'h1f);
            out_rem$d = frame_len$q;
            out_n$d = start_out_n$q;
            feed_rem$d = feed_len;
            feed_hi$d = |feed_len[(32'h4)+:(10)];
            first_lane$d = lead;
            in_n$d = start_n$q;
            in_mask$d = start_mask$q;
        end
    end
    
endmodule // top$sq$assemble$align


module top$sq$assemble$align$acc(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$acc


module top$sq$assemble$align$acc_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$acc_n


module top$sq$assemble$align$feed_hi(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$feed_hi


module top$sq$assemble$align$feed_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$feed_rem


module top$sq$assemble$align$first_lane(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$first_lane


module top$sq$assemble$align$frame_len(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$frame_len


module top$sq$assemble$align$in_mask(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$in_mask


module top$sq$assemble$align$in_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$in_n


module top$sq$assemble$align$out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$out_n


module top$sq$assemble$align$out_rem(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$out_rem


module top$sq$assemble$align$start_mask(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$start_mask


module top$sq$assemble$align$start_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$start_n


module top$sq$assemble$align$start_out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$align$start_out_n


module top$sq$assemble$asm(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam AsState$Idle = 0;
    localparam AsState$Header = 1;
    localparam AsState$Body = 2;
    localparam AsState$Event = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$asm


module top$sq$assemble$cur(d,q,clock);
    
    // Module arguments
    input wire  [437:0] d;
    output reg  [437:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 438'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$cur


module top$sq$assemble$errors(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$errors


module top$sq$assemble$head(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$head


module top$sq$assemble$out(clock,in_data,in_keep,in_last,in_write,out_data,out_keep,out_last,out_valid,out_ready,out_take,out_sent,empty);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    input wire  in_write;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  out_take;
    output reg  out_sent;
    output reg  empty;
    
    // Constant declarations
    localparam  k_last = 73'h1000000000000000000;
    localparam  at_frame_word$data = 10'b0;
    localparam  at_frame_word$keep = 10'b1000000;
    localparam  at_frame_word$last = 10'b1001000;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$write;
    reg  [72:0] fifo$data_in;
    wire  fifo$full;
    reg  fifo$read;
    wire  [72:0] fifo$data_out;
    wire  fifo$empty;
    reg  [11:0] frames$d;
    wire  [11:0] frames$q;
    wire frames$clock;
    reg  sending$d;
    wire  sending$q;
    wire sending$clock;
    reg  queued$d;
    wire  queued$q;
    wire queued$clock;
    
    // Local signals
    reg  several;
    reg  arrives;
    reg  starts;
    reg  [11:0] frames_up;
    reg  [11:0] frames_down;
    reg  [72:0] word_in;
    
    // Sub module instances
    top$sq$assemble$out$fifo fifo(
        .clock(fifo$clock),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty)
    );
    top$sq$assemble$out$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    top$sq$assemble$out$sending sending(
        .d(sending$d),
        .q(sending$q),
        .clock(sending$clock)
    );
    top$sq$assemble$out$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    
    // Update code
    assign frames$clock = clock;
    assign sending$clock = clock;
    assign queued$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        frames$d = frames$q;
        sending$d = sending$q;
        queued$d = queued$q;
        fifo$write = in_write;
        word_in = (((in_data) & 73'h1ffffffffffffffffff) << at_frame_word$data) | (((in_keep) & 73'h1ffffffffffffffffff) << at_frame_word$keep);
        if (in_last) begin
            word_in = word_in | k_last;
        end
        fifo$data_in = word_in;
        arrives = in_write && in_last;
        out_data = fifo$data_out[(at_frame_word$data)+:(64)];
        out_keep = fifo$data_out[(at_frame_word$keep)+:(8)];
        out_last = fifo$data_out[at_frame_word$last];
        out_valid = ~fifo$empty && (sending$q || queued$q);
        out_take = out_valid && out_ready;
        fifo$read = out_take;
        out_sent = out_take && fifo$data_out[at_frame_word$last];
        starts = out_take && ~sending$q;
        if (out_take) begin
            sending$d = ~fifo$data_out[at_frame_word$last];
        end
        frames_up = frames$q + 32'h1;
        frames_down = frames$q - 32'h1;
        if (arrives && ~starts) begin
            frames$d = frames_up;
        end
        else if (starts && ~arrives) begin
            frames$d = frames_down;
        end
        several = |frames$q[(32'h1)+:(11)];
        queued$d = arrives || several || (queued$q && ~starts);
        empty = ~sending$q && ~queued$q;
    end
    
endmodule // top$sq$assemble$out


module top$sq$assemble$out$fifo(clock,write,data_in,full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$read;
    wire  [72:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [72:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [72:0] head$d;
    wire  [72:0] head$q;
    wire head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    wire head_valid$clock;
    reg  [72:0] second$d;
    wire  [72:0] second$q;
    wire second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    wire second_valid$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$sq$assemble$out$fifo$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    top$sq$assemble$out$fifo$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$sq$assemble$out$fifo$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    top$sq$assemble$out$fifo$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    top$sq$assemble$out$fifo$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign head_valid$clock = clock;
    assign second$clock = clock;
    assign second_valid$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        fifo$write = write;
        fifo$data_in = data_in;
        full = fifo$full;
        data_out = head$q;
        empty = ~head_valid$q;
        take = ~fifo$empty && ~second_valid$q;
        fifo$read = take;
        if (read && head_valid$q) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head$d = fifo$data_out;
                head_valid$d = take;
            end
        end
        else if (~head_valid$q) begin
            head$d = fifo$data_out;
            head_valid$d = take;
        end
        else if (take) begin
            second$d = fifo$data_out;
            second_valid$d = 1'b1;
        end
    end
    
endmodule // top$sq$assemble$out$fifo


module top$sq$assemble$out$fifo$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [11:0] ram$read_address;
    wire ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [11:0] ram$write_address;
    wire ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [72:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [12:0] read_logic$write_address_delayed;
    wire  [11:0] read_logic$ram_read_address;
    reg  [72:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [12:0] read_logic$read_address_out;
    wire  [12:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [72:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [11:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [72:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [12:0] write_logic$read_address;
    wire  [12:0] write_logic$write_address_delayed;
    wire  [12:0] write_logic$fill_level;
    
    // Sub module instances
    top$sq$assemble$out$fifo$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$sq$assemble$out$fifo$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$sq$assemble$out$fifo$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$sq$assemble$out$fifo$fifo


module top$sq$assemble$out$fifo$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [11:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [11:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[4095:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$assemble$out$fifo$fifo$ram


module top$sq$assemble$out$fifo$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [12:0] write_address_delayed;
    output reg  [11:0] ram_read_address;
    input wire  [72:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [12:0] read_address_out;
    output reg  [12:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 13'b111111111111;
    localparam  fifo_size = 13'b1000000000000;
    localparam  block_size = 13'b1;
    
    // Stub signals
    reg  [12:0] read_address$d;
    wire  [12:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$assemble$out$fifo$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$sq$assemble$out$fifo$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 12'hfff);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 12'hfff);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$sq$assemble$out$fifo$fifo$read_logic


module top$sq$assemble$out$fifo$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$fifo$read_logic$dff_underflow


module top$sq$assemble$out$fifo$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$fifo$read_logic$read_address


module top$sq$assemble$out$fifo$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [11:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [72:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [12:0] read_address;
    output reg  [12:0] write_address_delayed;
    output reg  [12:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 13'b111111111111;
    localparam  fifo_size = 13'b1000000000000;
    localparam  almost_full_level = 13'b111111111111;
    
    // Stub signals
    reg  [12:0] write_address$d;
    wire  [12:0] write_address$q;
    wire write_address$clock;
    reg  [12:0] dff_write_address_delay$d;
    wire  [12:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$assemble$out$fifo$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$sq$assemble$out$fifo$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$sq$assemble$out$fifo$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 12'hfff);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$sq$assemble$out$fifo$fifo$write_logic


module top$sq$assemble$out$fifo$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$fifo$write_logic$dff_overflow


module top$sq$assemble$out$fifo$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$fifo$write_logic$dff_write_address_delay


module top$sq$assemble$out$fifo$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$fifo$write_logic$write_address


module top$sq$assemble$out$fifo$head(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$head


module top$sq$assemble$out$fifo$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$head_valid


module top$sq$assemble$out$fifo$second(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$second


module top$sq$assemble$out$fifo$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$fifo$second_valid


module top$sq$assemble$out$frames(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$frames


module top$sq$assemble$out$queued(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$queued


module top$sq$assemble$out$sending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$out$sending


module top$sq$assemble$reverse(word,reversed);
    
    // Module arguments
    input wire  [63:0] word;
    output reg  [63:0] reversed;
    
    // Update code
    always @(*) begin
        reversed = (((word[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((word[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((word[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((word[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((word[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((word[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((word[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((word[(32'h38)+:(8)]) & 64'hffffffffffffffff);
    end
    
endmodule // top$sq$assemble$reverse


module top$sq$assemble$reverse_last(word,reversed);
    
    // Module arguments
    input wire  [63:0] word;
    output reg  [63:0] reversed;
    
    // Update code
    always @(*) begin
        reversed = (((word[(32'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h38) | (((word[(32'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h30) | (((word[(32'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((word[(32'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((word[(32'h20)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((word[(32'h28)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((word[(32'h30)+:(8)]) & 64'hffffffffffffffff) << 32'h8) | ((word[(32'h38)+:(8)]) & 64'hffffffffffffffff);
    end
    
endmodule // top$sq$assemble$reverse_last


module top$sq$assemble$widx(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$assemble$widx


module top$sq$request(clock,enable,reset,max_payload,station,sq_base,sq_log2,sq_tail,rt_we,rt_waddr,rt_wdata,ct_we,ct_waddr,ct_wdata,desc_rd$req,desc_rd$ready,desc_rd$addr,desc_rd$len,desc_rd$beat,desc_rd$data,desc_rd$last,list_rd$req,list_rd$ready,list_rd$addr,list_rd$len,list_rd$beat,list_rd$data,list_rd$last,payload_rd$req,payload_rd$ready,payload_rd$addr,payload_rd$len,payload_rd$beat,payload_rd$data,payload_rd$last,rec,rec_empty,rec_read,beat,beat_empty,beat_read,word_taken,idle);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  reset;
    input wire  [13:0] max_payload;
    input wire  [47:0] station;
    input wire  [63:0] sq_base;
    input wire  [4:0] sq_log2;
    input wire  [31:0] sq_tail;
    input wire  rt_we;
    input wire  [9:0] rt_waddr;
    input wire  [143:0] rt_wdata;
    input wire  ct_we;
    input wire  [5:0] ct_waddr;
    input wire  [112:0] ct_wdata;
    output wire  desc_rd$req;
    input wire  desc_rd$ready;
    output wire  [63:0] desc_rd$addr;
    output wire  [12:0] desc_rd$len;
    input wire  desc_rd$beat;
    input wire  [63:0] desc_rd$data;
    input wire  desc_rd$last;
    output wire  list_rd$req;
    input wire  list_rd$ready;
    output wire  [63:0] list_rd$addr;
    output wire  [12:0] list_rd$len;
    input wire  list_rd$beat;
    input wire  [51:0] list_rd$data;
    input wire  list_rd$last;
    output reg  payload_rd$req;
    input wire  payload_rd$ready;
    output reg  [63:0] payload_rd$addr;
    output reg  [12:0] payload_rd$len;
    input wire  payload_rd$beat;
    input wire  [63:0] payload_rd$data;
    input wire  payload_rd$last;
    output reg  [437:0] rec;
    output reg  rec_empty;
    input wire  rec_read;
    output reg  [63:0] beat;
    output reg  beat_empty;
    input wire  beat_read;
    input wire  word_taken;
    output reg  idle;
    
    // Constant declarations
    localparam  k_page = 13'b1000000000000;
    localparam  k_page_words = 12'h200;
    localparam  k_fifo_words = 13'b111111111111;
    localparam  k_beat_words = 12'h7ff;
    localparam  k_contexts = 16'h40;
    localparam  k_regions = 16'h400;
    localparam  k_flags_known = 8'h7;
    localparam  k_sq_last = 8'h1;
    localparam  k_sq_ack_req = 8'h2;
    localparam  k_sq_event = 8'h4;
    localparam  k_flag_last = 8'h1;
    localparam  k_flag_ack_req = 8'h2;
    localparam  k_rt_valid = 3'b1;
    localparam  k_rt_local = 3'b100;
    localparam  k_err_malformed = 3'b1;
    localparam  k_err_ctx = 3'b10;
    localparam  k_err_region = 3'b11;
    localparam  k_err_bounds = 3'b100;
    localparam  k_ethertype = 16'h88b5;
    localparam  k_ver_op = 8'h11;
    localparam  k_headers = 14'b101110;
    localparam  k_rec_last = 438'h10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_rec_event = 438'h20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  at_context$peer_mac = 10'b0;
    localparam  at_context$peer_ctx = 10'b110000;
    localparam  at_context$tag = 10'b1000000;
    localparam  at_context$pd = 10'b1100000;
    localparam  at_context$valid = 10'b1110000;
    localparam  at_region_tx$len = 10'b0;
    localparam  at_region_tx$pl = 10'b110001;
    localparam  at_region_tx$first = 10'b1110001;
    localparam  at_region_tx$pd = 10'b1111101;
    localparam  at_region_tx$flags = 10'b10001101;
    localparam  at_header$dst = 10'b101000000;
    localparam  at_header$group = 10'b101101000;
    localparam  at_header$src = 10'b100010000;
    localparam  at_header$ethertype = 10'b100000000;
    localparam  at_header$ver_op = 10'b11111000;
    localparam  at_header$op = 10'b11111000;
    localparam  at_header$version = 10'b11111100;
    localparam  at_header$flags = 10'b11110000;
    localparam  at_header$length = 10'b11100000;
    localparam  at_header$dst_ctx = 10'b11010000;
    localparam  at_header$src_ctx = 10'b11000000;
    localparam  at_header$dst_tag = 10'b10100000;
    localparam  at_header$psn = 10'b10000000;
    localparam  at_header$key = 10'b1000000;
    localparam  at_header$region = 10'b110000;
    localparam  at_header$offset = 10'b0;
    localparam  at_header$first_word = 10'b100110000;
    localparam  at_sq_record$header = 10'b0;
    localparam  at_sq_record$payload = 10'b101110000;
    localparam  at_sq_record$lane = 10'b101111110;
    localparam  at_sq_record$error = 10'b110000001;
    localparam  at_sq_record$last = 10'b110000100;
    localparam  at_sq_record$event = 10'b110000101;
    localparam  at_sq_record$index = 10'b110000110;
    localparam  at_sq_record$ctx = 10'b110100110;
    localparam  at_sq_desc$ctx = 10'b0;
    localparam  at_sq_desc$flags = 10'b10000;
    localparam  at_sq_desc$reserved = 10'b11000;
    localparam  at_sq_desc$first_psn = 10'b100000;
    localparam  at_sq_desc$len = 10'b0;
    localparam  at_sq_desc$src_region = 10'b100000;
    localparam  at_sq_desc$dst_region = 10'b110000;
    
    // Enums
    localparam RqState$Idle = 0;
    localparam RqState$DescWait = 1;
    localparam RqState$Validate = 2;
    localparam RqState$Size = 3;
    localparam RqState$Frame = 4;
    localparam RqState$Step = 5;
    localparam RqState$Piece = 6;
    localparam RqState$Record = 7;
    
    // Stub signals
    reg  [5:0] ct_ram$read_address;
    wire ct_ram$read_clock;
    wire  [112:0] ct_ram$read_data;
    reg  [5:0] ct_ram$write_address;
    wire ct_ram$write_clock;
    reg  [112:0] ct_ram$write_data;
    reg  ct_ram$write_enable;
    reg  [9:0] rt_ram$read_address;
    wire rt_ram$read_clock;
    wire  [143:0] rt_ram$read_data;
    reg  [9:0] rt_ram$write_address;
    wire rt_ram$write_clock;
    reg  [143:0] rt_ram$write_data;
    reg  rt_ram$write_enable;
    wire xl$clock;
    reg  xl$lookup;
    reg  [9:0] xl$region;
    reg  [36:0] xl$page;
    reg  [63:0] xl$pl;
    reg  [37:0] xl$pages;
    reg  xl$invalidate;
    wire  xl$hit_cur;
    wire  xl$hit_next;
    wire  [51:0] xl$frame_cur;
    wire  [51:0] xl$frame_next;
    wire rec_fifo$clock;
    reg  rec_fifo$read;
    wire  [437:0] rec_fifo$data_out;
    wire  rec_fifo$empty;
    wire  rec_fifo$almost_empty;
    wire  rec_fifo$underflow;
    reg  rec_fifo$write;
    reg  [437:0] rec_fifo$data_in;
    wire  rec_fifo$full;
    wire  rec_fifo$almost_full;
    wire  rec_fifo$overflow;
    wire beat_fifo$clock;
    reg  beat_fifo$write;
    reg  [63:0] beat_fifo$data_in;
    wire  beat_fifo$full;
    reg  beat_fifo$read;
    wire  [63:0] beat_fifo$data_out;
    wire  beat_fifo$empty;
    wire prefetch$clock;
    reg  prefetch$enable;
    reg  prefetch$reset;
    reg  [63:0] prefetch$sq_base;
    reg  [4:0] prefetch$sq_log2;
    reg  [31:0] prefetch$sq_tail;
    reg  [31:0] prefetch$fetch;
    reg  prefetch$rq_idle;
    reg  prefetch$take;
    wire  [63:0] prefetch$desc;
    wire  prefetch$desc_empty;
    wire  prefetch$ahead;
    wire  prefetch$flushing;
    wire  prefetch$idle;
    reg  [2:0] rq$d;
    wire  [2:0] rq$q;
    wire rq$clock;
    reg  [31:0] fetch$d;
    wire  [31:0] fetch$q;
    wire fetch$clock;
    reg  [2:0] desc_beat$d;
    wire  [2:0] desc_beat$q;
    wire desc_beat$clock;
    reg  [15:0] d_ctx$d;
    wire  [15:0] d_ctx$q;
    wire d_ctx$clock;
    reg  [7:0] d_flags$d;
    wire  [7:0] d_flags$q;
    wire d_flags$clock;
    reg  d_bad$d;
    wire  d_bad$q;
    wire d_bad$clock;
    reg  [31:0] d_psn$d;
    wire  [31:0] d_psn$q;
    wire d_psn$clock;
    reg  [31:0] d_len$d;
    wire  [31:0] d_len$q;
    wire d_len$clock;
    reg  [15:0] d_src_region$d;
    wire  [15:0] d_src_region$q;
    wire d_src_region$clock;
    reg  [15:0] d_dst_region$d;
    wire  [15:0] d_dst_region$q;
    wire d_dst_region$clock;
    reg  [63:0] d_src_off$d;
    wire  [63:0] d_src_off$q;
    wire d_src_off$clock;
    reg  [63:0] d_dst_off$d;
    wire  [63:0] d_dst_off$q;
    wire d_dst_off$clock;
    reg  [63:0] d_key$d;
    wire  [63:0] d_key$q;
    wire d_key$clock;
    reg  [31:0] d_index$d;
    wire  [31:0] d_index$q;
    wire d_index$clock;
    reg  [13:0] payload$d;
    wire  [13:0] payload$q;
    wire payload$clock;
    reg  [31:0] rem$d;
    wire  [31:0] rem$q;
    wire rem$clock;
    reg  [64:0] src_end$d;
    wire  [64:0] src_end$q;
    wire src_end$clock;
    reg  [13:0] plen$d;
    wire  [13:0] plen$q;
    wire plen$clock;
    reg  [13:0] piece_rem$d;
    wire  [13:0] piece_rem$q;
    wire piece_rem$clock;
    reg  [437:0] rec_data$d;
    wire  [437:0] rec_data$q;
    wire rec_data$clock;
    reg  bad_ctx$d;
    wire  bad_ctx$q;
    wire bad_ctx$clock;
    reg  bad_region$d;
    wire  bad_region$q;
    wire bad_region$clock;
    reg  bad_bounds$d;
    wire  bad_bounds$q;
    wire bad_bounds$clock;
    reg  [12:0] payload_words$d;
    wire  [12:0] payload_words$q;
    wire payload_words$clock;
    reg  [13:0] frame_len$d;
    wire  [13:0] frame_len$q;
    wire frame_len$clock;
    reg  [12:0] frame_words$d;
    wire  [12:0] frame_words$q;
    wire frame_words$clock;
    reg  last$d;
    wire  last$q;
    wire last$clock;
    reg  [112:0] ct$d;
    wire  [112:0] ct$q;
    wire ct$clock;
    reg  [143:0] rt$d;
    wire  [143:0] rt$q;
    wire rt$clock;
    reg  [48:0] pos$d;
    wire  [48:0] pos$q;
    wire pos$clock;
    reg  xl_hit$d;
    wire  xl_hit$q;
    wire xl_hit$clock;
    reg  [37:0] pages$d;
    wire  [37:0] pages$q;
    wire pages$clock;
    reg  [1:0] settle$d;
    wire  [1:0] settle$q;
    wire settle$clock;
    reg  [12:0] piece$d;
    wire  [12:0] piece$q;
    wire piece$clock;
    reg  [11:0] piece_beats$d;
    wire  [11:0] piece_beats$q;
    wire piece_beats$clock;
    reg  [12:0] out_used$d;
    wire  [12:0] out_used$q;
    wire out_used$clock;
    reg  frame_room$d;
    wire  frame_room$q;
    wire frame_room$clock;
    reg  [11:0] beats_used$d;
    wire  [11:0] beats_used$q;
    wire beats_used$clock;
    reg  beat_room$d;
    wire  beat_room$q;
    wire beat_room$clock;
    reg  took_word$d;
    wire  took_word$q;
    wire took_word$clock;
    reg  took_beat$d;
    wire  took_beat$q;
    wire took_beat$clock;
    
    // Local signals
    reg  [437:0] rec_in;
    reg  [2:0] err;
    reg  [12:0] rem_words;
    reg  [51:0] xl_frame;
    reg  [12:0] room;
    reg  [11:0] page_beats;
    reg  [11:0] rem_beats;
    reg  [367:0] hdr;
    reg  [7:0] flags;
    reg  [12:0] out_left;
    reg  [11:0] beats_left;
    
    // Sub module instances
    top$sq$request$ct_ram ct_ram(
        .read_address(ct_ram$read_address),
        .read_clock(ct_ram$read_clock),
        .read_data(ct_ram$read_data),
        .write_address(ct_ram$write_address),
        .write_clock(ct_ram$write_clock),
        .write_data(ct_ram$write_data),
        .write_enable(ct_ram$write_enable)
    );
    top$sq$request$rt_ram rt_ram(
        .read_address(rt_ram$read_address),
        .read_clock(rt_ram$read_clock),
        .read_data(rt_ram$read_data),
        .write_address(rt_ram$write_address),
        .write_clock(rt_ram$write_clock),
        .write_data(rt_ram$write_data),
        .write_enable(rt_ram$write_enable)
    );
    top$sq$request$xl xl(
        .clock(xl$clock),
        .lookup(xl$lookup),
        .region(xl$region),
        .page(xl$page),
        .pl(xl$pl),
        .pages(xl$pages),
        .invalidate(xl$invalidate),
        .hit_cur(xl$hit_cur),
        .hit_next(xl$hit_next),
        .frame_cur(xl$frame_cur),
        .frame_next(xl$frame_next),
        .rd$req(list_rd$req),
        .rd$ready(list_rd$ready),
        .rd$addr(list_rd$addr),
        .rd$len(list_rd$len),
        .rd$beat(list_rd$beat),
        .rd$data(list_rd$data),
        .rd$last(list_rd$last)
    );
    top$sq$request$rec_fifo rec_fifo(
        .clock(rec_fifo$clock),
        .read(rec_fifo$read),
        .data_out(rec_fifo$data_out),
        .empty(rec_fifo$empty),
        .almost_empty(rec_fifo$almost_empty),
        .underflow(rec_fifo$underflow),
        .write(rec_fifo$write),
        .data_in(rec_fifo$data_in),
        .full(rec_fifo$full),
        .almost_full(rec_fifo$almost_full),
        .overflow(rec_fifo$overflow)
    );
    top$sq$request$beat_fifo beat_fifo(
        .clock(beat_fifo$clock),
        .write(beat_fifo$write),
        .data_in(beat_fifo$data_in),
        .full(beat_fifo$full),
        .read(beat_fifo$read),
        .data_out(beat_fifo$data_out),
        .empty(beat_fifo$empty)
    );
    top$sq$request$prefetch prefetch(
        .clock(prefetch$clock),
        .enable(prefetch$enable),
        .reset(prefetch$reset),
        .sq_base(prefetch$sq_base),
        .sq_log2(prefetch$sq_log2),
        .sq_tail(prefetch$sq_tail),
        .desc_rd$req(desc_rd$req),
        .desc_rd$ready(desc_rd$ready),
        .desc_rd$addr(desc_rd$addr),
        .desc_rd$len(desc_rd$len),
        .desc_rd$beat(desc_rd$beat),
        .desc_rd$data(desc_rd$data),
        .desc_rd$last(desc_rd$last),
        .fetch(prefetch$fetch),
        .rq_idle(prefetch$rq_idle),
        .take(prefetch$take),
        .desc(prefetch$desc),
        .desc_empty(prefetch$desc_empty),
        .ahead(prefetch$ahead),
        .flushing(prefetch$flushing),
        .idle(prefetch$idle)
    );
    top$sq$request$rq rq(
        .d(rq$d),
        .q(rq$q),
        .clock(rq$clock)
    );
    top$sq$request$fetch fetch(
        .d(fetch$d),
        .q(fetch$q),
        .clock(fetch$clock)
    );
    top$sq$request$desc_beat desc_beat(
        .d(desc_beat$d),
        .q(desc_beat$q),
        .clock(desc_beat$clock)
    );
    top$sq$request$d_ctx d_ctx(
        .d(d_ctx$d),
        .q(d_ctx$q),
        .clock(d_ctx$clock)
    );
    top$sq$request$d_flags d_flags(
        .d(d_flags$d),
        .q(d_flags$q),
        .clock(d_flags$clock)
    );
    top$sq$request$d_bad d_bad(
        .d(d_bad$d),
        .q(d_bad$q),
        .clock(d_bad$clock)
    );
    top$sq$request$d_psn d_psn(
        .d(d_psn$d),
        .q(d_psn$q),
        .clock(d_psn$clock)
    );
    top$sq$request$d_len d_len(
        .d(d_len$d),
        .q(d_len$q),
        .clock(d_len$clock)
    );
    top$sq$request$d_src_region d_src_region(
        .d(d_src_region$d),
        .q(d_src_region$q),
        .clock(d_src_region$clock)
    );
    top$sq$request$d_dst_region d_dst_region(
        .d(d_dst_region$d),
        .q(d_dst_region$q),
        .clock(d_dst_region$clock)
    );
    top$sq$request$d_src_off d_src_off(
        .d(d_src_off$d),
        .q(d_src_off$q),
        .clock(d_src_off$clock)
    );
    top$sq$request$d_dst_off d_dst_off(
        .d(d_dst_off$d),
        .q(d_dst_off$q),
        .clock(d_dst_off$clock)
    );
    top$sq$request$d_key d_key(
        .d(d_key$d),
        .q(d_key$q),
        .clock(d_key$clock)
    );
    top$sq$request$d_index d_index(
        .d(d_index$d),
        .q(d_index$q),
        .clock(d_index$clock)
    );
    top$sq$request$payload payload(
        .d(payload$d),
        .q(payload$q),
        .clock(payload$clock)
    );
    top$sq$request$rem rem(
        .d(rem$d),
        .q(rem$q),
        .clock(rem$clock)
    );
    top$sq$request$src_end src_end(
        .d(src_end$d),
        .q(src_end$q),
        .clock(src_end$clock)
    );
    top$sq$request$plen plen(
        .d(plen$d),
        .q(plen$q),
        .clock(plen$clock)
    );
    top$sq$request$piece_rem piece_rem(
        .d(piece_rem$d),
        .q(piece_rem$q),
        .clock(piece_rem$clock)
    );
    top$sq$request$rec_data rec_data(
        .d(rec_data$d),
        .q(rec_data$q),
        .clock(rec_data$clock)
    );
    top$sq$request$bad_ctx bad_ctx(
        .d(bad_ctx$d),
        .q(bad_ctx$q),
        .clock(bad_ctx$clock)
    );
    top$sq$request$bad_region bad_region(
        .d(bad_region$d),
        .q(bad_region$q),
        .clock(bad_region$clock)
    );
    top$sq$request$bad_bounds bad_bounds(
        .d(bad_bounds$d),
        .q(bad_bounds$q),
        .clock(bad_bounds$clock)
    );
    top$sq$request$payload_words payload_words(
        .d(payload_words$d),
        .q(payload_words$q),
        .clock(payload_words$clock)
    );
    top$sq$request$frame_len frame_len(
        .d(frame_len$d),
        .q(frame_len$q),
        .clock(frame_len$clock)
    );
    top$sq$request$frame_words frame_words(
        .d(frame_words$d),
        .q(frame_words$q),
        .clock(frame_words$clock)
    );
    top$sq$request$last last(
        .d(last$d),
        .q(last$q),
        .clock(last$clock)
    );
    top$sq$request$ct ct(
        .d(ct$d),
        .q(ct$q),
        .clock(ct$clock)
    );
    top$sq$request$rt rt(
        .d(rt$d),
        .q(rt$q),
        .clock(rt$clock)
    );
    top$sq$request$pos pos(
        .d(pos$d),
        .q(pos$q),
        .clock(pos$clock)
    );
    top$sq$request$xl_hit xl_hit(
        .d(xl_hit$d),
        .q(xl_hit$q),
        .clock(xl_hit$clock)
    );
    top$sq$request$pages pages(
        .d(pages$d),
        .q(pages$q),
        .clock(pages$clock)
    );
    top$sq$request$settle settle(
        .d(settle$d),
        .q(settle$q),
        .clock(settle$clock)
    );
    top$sq$request$piece piece(
        .d(piece$d),
        .q(piece$q),
        .clock(piece$clock)
    );
    top$sq$request$piece_beats piece_beats(
        .d(piece_beats$d),
        .q(piece_beats$q),
        .clock(piece_beats$clock)
    );
    top$sq$request$out_used out_used(
        .d(out_used$d),
        .q(out_used$q),
        .clock(out_used$clock)
    );
    top$sq$request$frame_room frame_room(
        .d(frame_room$d),
        .q(frame_room$q),
        .clock(frame_room$clock)
    );
    top$sq$request$beats_used beats_used(
        .d(beats_used$d),
        .q(beats_used$q),
        .clock(beats_used$clock)
    );
    top$sq$request$beat_room beat_room(
        .d(beat_room$d),
        .q(beat_room$q),
        .clock(beat_room$clock)
    );
    top$sq$request$took_word took_word(
        .d(took_word$d),
        .q(took_word$q),
        .clock(took_word$clock)
    );
    top$sq$request$took_beat took_beat(
        .d(took_beat$d),
        .q(took_beat$q),
        .clock(took_beat$clock)
    );
    
    // Update code
    assign rq$clock = clock;
    assign fetch$clock = clock;
    assign desc_beat$clock = clock;
    assign d_ctx$clock = clock;
    assign d_flags$clock = clock;
    assign d_bad$clock = clock;
    assign d_psn$clock = clock;
    assign d_len$clock = clock;
    assign d_src_region$clock = clock;
    assign d_dst_region$clock = clock;
    assign d_src_off$clock = clock;
    assign d_dst_off$clock = clock;
    assign d_key$clock = clock;
    assign d_index$clock = clock;
    assign payload$clock = clock;
    assign rem$clock = clock;
    assign src_end$clock = clock;
    assign plen$clock = clock;
    assign piece_rem$clock = clock;
    assign rec_data$clock = clock;
    assign bad_ctx$clock = clock;
    assign bad_region$clock = clock;
    assign bad_bounds$clock = clock;
    assign payload_words$clock = clock;
    assign frame_len$clock = clock;
    assign frame_words$clock = clock;
    assign last$clock = clock;
    assign ct$clock = clock;
    assign rt$clock = clock;
    assign pos$clock = clock;
    assign xl_hit$clock = clock;
    assign pages$clock = clock;
    assign settle$clock = clock;
    assign piece$clock = clock;
    assign piece_beats$clock = clock;
    assign out_used$clock = clock;
    assign frame_room$clock = clock;
    assign beats_used$clock = clock;
    assign beat_room$clock = clock;
    assign took_word$clock = clock;
    assign took_beat$clock = clock;
    assign xl$clock = clock;
    assign rec_fifo$clock = clock;
    assign beat_fifo$clock = clock;
    assign prefetch$clock = clock;
    assign ct_ram$read_clock = clock;
    assign ct_ram$write_clock = clock;
    assign rt_ram$read_clock = clock;
    assign rt_ram$write_clock = clock;
    
    always @(*) begin
        rq$d = rq$q;
        fetch$d = fetch$q;
        desc_beat$d = desc_beat$q;
        d_ctx$d = d_ctx$q;
        d_flags$d = d_flags$q;
        d_bad$d = d_bad$q;
        d_psn$d = d_psn$q;
        d_len$d = d_len$q;
        d_src_region$d = d_src_region$q;
        d_dst_region$d = d_dst_region$q;
        d_src_off$d = d_src_off$q;
        d_dst_off$d = d_dst_off$q;
        d_key$d = d_key$q;
        d_index$d = d_index$q;
        payload$d = payload$q;
        rem$d = rem$q;
        src_end$d = src_end$q;
        plen$d = plen$q;
        piece_rem$d = piece_rem$q;
        rec_data$d = rec_data$q;
        bad_ctx$d = bad_ctx$q;
        bad_region$d = bad_region$q;
        bad_bounds$d = bad_bounds$q;
        payload_words$d = payload_words$q;
        frame_len$d = frame_len$q;
        frame_words$d = frame_words$q;
        last$d = last$q;
        ct$d = ct$q;
        rt$d = rt$q;
        pos$d = pos$q;
        xl_hit$d = xl_hit$q;
        pages$d = pages$q;
        settle$d = settle$q;
        piece$d = piece$q;
        piece_beats$d = piece_beats$q;
        out_used$d = out_used$q;
        frame_room$d = frame_room$q;
        beats_used$d = beats_used$q;
        beat_room$d = beat_room$q;
        took_word$d = took_word$q;
        took_beat$d = took_beat$q;
        prefetch$enable = enable;
        prefetch$reset = reset;
        prefetch$sq_base = sq_base;
        prefetch$sq_log2 = sq_log2;
        prefetch$sq_tail = sq_tail;
        prefetch$fetch = fetch$q;
        prefetch$rq_idle = rq$q == RqState$Idle;
        prefetch$take = 1'b0;
        ct_ram$write_enable = ct_we;
        ct_ram$write_address = ct_waddr;
        ct_ram$write_data = ct_wdata;
        rt_ram$write_enable = rt_we;
        rt_ram$write_address = rt_waddr;
        rt_ram$write_data = rt_wdata;
        ct_ram$read_address = d_ctx$q[(32'h0)+:(6)];
        rt_ram$read_address = d_src_region$q[(32'h0)+:(10)];
        ct$d = ct_ram$read_data;
        rt$d = rt_ram$read_data;
        bad_ctx$d = (d_ctx$q >= k_contexts) || ~ct$q[at_context$valid];
        bad_region$d = (d_src_region$q >= k_regions) || ~|(rt$q[(at_region_tx$flags)+:(3)] & k_rt_valid) || ~|(rt$q[(at_region_tx$flags)+:(3)] & k_rt_local) || (rt$q[(at_region_tx$pd)+:(16)] != ct$q[(at_context$pd)+:(16)]);
        bad_bounds$d = src_end$q > ((rt$q[(at_region_tx$len)+:(49)]) & 65'h1ffffffffffffffff);
        err = k_err_bounds;
        if (bad_ctx$q) begin
            err = k_err_ctx;
        end
        else if (bad_region$q) begin
            err = k_err_region;
        end
        payload_words$d = (((k_headers + payload$q + 32'h7) >> 32'h3) & 13'h1fff);
        rem_words = (((k_headers + rem$q[(32'h0)+:(14)] + 32'h7) >> 32'h3) & 13'h1fff);
        frame_len$d = payload$q;
        frame_words$d = payload_words$q;
        if (rem$q < ((payload$q) & 32'hffffffff)) begin
            frame_len$d = ((rem$q) & 14'h3fff);
            frame_words$d = rem_words;
        end
        last$d = rem$q <= ((payload$q) & 32'hffffffff);
        pos$d = ((rt$q[(at_region_tx$first)+:(12)]) & 49'h1ffffffffffff) + ((d_src_off$q) & 49'h1ffffffffffff);
        pages$d = (((rt$q[(at_region_tx$len)+:(49)] + ((rt$q[(at_region_tx$first)+:(12)]) & 49'h1ffffffffffff) + 32'hfff) >> 32'hc) & 38'h3fffffffff);
        if (rt_we || ct_we) begin
            settle$d = 32'h3;
        end
        else if (|settle$q) begin
            settle$d = settle$q - 32'h1;
        end
        room = k_page - ((pos$q[(32'h0)+:(12)]) & 13'h1fff);
        piece$d = room;
        if (((room) & 14'h3fff) > piece_rem$q) begin
            piece$d = ((piece_rem$q) & 13'h1fff);
        end
        page_beats = k_page_words - ((pos$q[(32'h3)+:(9)]) & 12'hfff);
        rem_beats = (((((piece_rem$q) & 15'h7fff) + ((pos$q[(32'h0)+:(3)]) & 15'h7fff) + 32'h7) >> 32'h3) & 12'hfff);
        piece_beats$d = page_beats;
        if (page_beats > rem_beats) begin
            piece_beats$d = rem_beats;
        end
        flags = 32'h0;
        if (last$q) begin
            if (|(d_flags$q & k_sq_last)) begin
                flags = flags | k_flag_last;
            end
            if (|(d_flags$q & k_sq_ack_req)) begin
                flags = flags | k_flag_ack_req;
            end
        end
        hdr = (((ct$q[(at_context$peer_mac)+:(48)]) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$dst) | (((station) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$src) | (((k_ethertype) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$ethertype) | (((k_ver_op) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$ver_op) | (((flags) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$flags) | (((frame_len$q) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$length) | (((ct$q[(at_context$peer_ctx)+:(16)]) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$dst_ctx) | (((d_ctx$q) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$src_ctx) | (((ct$q[(at_context$tag)+:(32)]) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$dst_tag) | (((d_psn$q) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$psn) | (((d_key$q) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$key) | (((d_dst_region$q) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$region) | (((d_dst_off$q[(32'h0)+:(48)]) & 368'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_header$offset);
        xl$lookup = ((rq$q == RqState$Step) || (rq$q == RqState$Piece)) && ~|settle$q;
        xl_hit$d = xl$lookup && (xl$hit_cur || xl$hit_next);
        xl_frame = xl$frame_next;
        if (xl$hit_cur) begin
            xl_frame = xl$frame_cur;
        end
        xl$region = d_src_region$q[(32'h0)+:(10)];
        xl$page = pos$q[(32'hc)+:(37)];
        xl$pl = rt$q[(at_region_tx$pl)+:(64)];
        xl$pages = pages$q;
        xl$invalidate = rt_we;
        payload_rd$req = 1'b0;
        payload_rd$addr = (((xl_frame) & 64'hffffffffffffffff) << 32'hc) | ((pos$q[(32'h0)+:(12)]) & 64'hffffffffffffffff);
        payload_rd$len = piece$q;
        rec_fifo$write = 1'b0;
        rec_in = rec_data$q;
        frame_room$d = (rq$q == RqState$Frame) && ((out_used$q + frame_words$q) <= k_fifo_words);
        beat_room$d = (rq$q == RqState$Piece) && ((beats_used$q + piece_beats$q) <= k_beat_words);
        took_word$d = word_taken;
        took_beat$d = beat_fifo$read;
        out_left = out_used$q;
        if (took_word$q) begin
            out_left = out_used$q - 32'h1;
        end
        out_used$d = out_left;
        beats_left = beats_used$q;
        if (took_beat$q) begin
            beats_left = beats_used$q - 32'h1;
        end
        beats_used$d = beats_left;
        case (rq$q)
            RqState$Idle:
                begin
                    if (enable && ~prefetch$flushing && prefetch$ahead && ~rec_fifo$full) begin
                        d_index$d = fetch$q;
                        desc_beat$d = 32'h0;
                        d_bad$d = 1'b0;
                        rq$d = RqState$DescWait;
                    end
                end
            RqState$DescWait:
                begin
                    if (~prefetch$desc_empty) begin
                        prefetch$take = 1'b1;
                        desc_beat$d = desc_beat$q + 32'h1;
                        if (desc_beat$q == 32'h0) begin
                            d_ctx$d = prefetch$desc[(at_sq_desc$ctx)+:(16)];
                            d_flags$d = prefetch$desc[(at_sq_desc$flags)+:(8)];
                            d_psn$d = prefetch$desc[(at_sq_desc$first_psn)+:(32)];
                            if (|prefetch$desc[(at_sq_desc$reserved)+:(8)] || |(prefetch$desc[(at_sq_desc$flags)+:(8)] & ~k_flags_known)) begin
                                d_bad$d = 1'b1;
                            end
                        end
                        else if (desc_beat$q == 32'h1) begin
                            d_len$d = prefetch$desc[(at_sq_desc$len)+:(32)];
                            d_src_region$d = prefetch$desc[(at_sq_desc$src_region)+:(16)];
                            d_dst_region$d = prefetch$desc[(at_sq_desc$dst_region)+:(16)];
                            if (~|prefetch$desc[(at_sq_desc$len)+:(32)]) begin
                                d_bad$d = 1'b1;
                            end
                        end
                        else if (desc_beat$q == 32'h2) begin
                            d_src_off$d = prefetch$desc;
                        end
                        else if (desc_beat$q == 32'h3) begin
                            d_dst_off$d = prefetch$desc;
                        end
                        else if (desc_beat$q == 32'h4) begin
                            d_key$d = prefetch$desc;
                        end
                        else begin
                            if (|prefetch$desc) begin
                                d_bad$d = 1'b1;
                            end
                            if (desc_beat$q == 32'h7) begin
                                payload$d = max_payload;
                                rq$d = RqState$Validate;
                            end
                        end
                    end
                end
            RqState$Validate:
                begin
                    rem$d = d_len$q;
                    src_end$d = ((d_src_off$q) & 65'h1ffffffffffffffff) + ((d_len$q) & 65'h1ffffffffffffffff);
                    rec_data$d = (((d_index$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$index) | (((d_ctx$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$ctx);
                    if (d_bad$q) begin
                        rec_data$d = (((k_err_malformed) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$error) | (((d_index$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$index) | (((d_ctx$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$ctx);
                        rq$d = RqState$Record;
                    end
                    else begin
                        rq$d = RqState$Size;
                    end
                end
            RqState$Size:
                begin
                    rq$d = RqState$Frame;
                end
            RqState$Step:
                begin
                    rq$d = RqState$Piece;
                end
            RqState$Frame:
                begin
                    rec_in = (((hdr) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$header) | (((frame_len$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$payload) | (((pos$q[(32'h0)+:(3)]) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$lane) | (((d_index$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$index) | (((d_ctx$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$ctx);
                    if (last$q) begin
                        rec_in = rec_in | k_rec_last;
                        if (|(d_flags$q & k_sq_event)) begin
                            rec_in = rec_in | k_rec_event;
                        end
                    end
                    if (|settle$q) begin
                    end
                    else if (bad_ctx$q || bad_region$q || bad_bounds$q) begin
                        rec_data$d = (((err) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$error) | (((d_index$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$index) | (((d_ctx$q) & 438'h3fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_sq_record$ctx);
                        rq$d = RqState$Record;
                    end
                    else if (~rec_fifo$full && frame_room$q) begin
                        rec_fifo$write = 1'b1;
                        out_used$d = out_left + frame_words$q;
                        plen$d = frame_len$q;
                        piece_rem$d = frame_len$q;
                        rq$d = RqState$Step;
                    end
                end
            RqState$Piece:
                begin
                    if (xl_hit$q && ~|settle$q) begin
                        if (beat_room$q) begin
                            payload_rd$req = 1'b1;
                            if (payload_rd$ready) begin
                                beats_used$d = beats_left + piece_beats$q;
                                piece_rem$d = piece_rem$q - ((piece$q) & 14'h3fff);
                                d_src_off$d = d_src_off$q + ((piece$q) & 64'hffffffffffffffff);
                                pos$d = pos$q + ((piece$q) & 49'h1ffffffffffff);
                                rq$d = RqState$Step;
                                if (((piece$q) & 14'h3fff) == piece_rem$q) begin
                                    rem$d = rem$q - ((plen$q) & 32'hffffffff);
                                    d_dst_off$d = d_dst_off$q + ((plen$q) & 64'hffffffffffffffff);
                                    d_psn$d = d_psn$q + 32'h1;
                                    rq$d = RqState$Size;
                                    if (rem$q == ((plen$q) & 32'hffffffff)) begin
                                        fetch$d = fetch$q + 32'h1;
                                        rq$d = RqState$Idle;
                                    end
                                end
                            end
                        end
                    end
                end
            RqState$Record:
                begin
                    if (~rec_fifo$full) begin
                        rec_fifo$write = 1'b1;
                        fetch$d = fetch$q + 32'h1;
                        rq$d = RqState$Idle;
                    end
                end
            default:
                begin
                    rq$d = RqState$Idle;
                end
        endcase
        rec_fifo$data_in = rec_in;
        beat_fifo$write = payload_rd$beat;
        beat_fifo$data_in = payload_rd$data;
        beat_fifo$read = beat_read;
        beat = beat_fifo$data_out;
        beat_empty = beat_fifo$empty;
        rec_fifo$read = rec_read;
        rec = rec_fifo$data_out;
        rec_empty = rec_fifo$empty;
        idle = (rq$q == RqState$Idle) && rec_fifo$empty && prefetch$idle;
        if (reset) begin
            rq$d = RqState$Idle;
            fetch$d = 32'h0;
        end
    end
    
endmodule // top$sq$request


module top$sq$request$bad_bounds(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$bad_bounds


module top$sq$request$bad_ctx(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$bad_ctx


module top$sq$request$bad_region(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$bad_region


module top$sq$request$beat_fifo(clock,write,data_in,full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$read;
    wire  [63:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [63:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [63:0] head$d;
    wire  [63:0] head$q;
    wire head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    wire head_valid$clock;
    reg  [63:0] second$d;
    wire  [63:0] second$q;
    wire second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    wire second_valid$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$sq$request$beat_fifo$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    top$sq$request$beat_fifo$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$sq$request$beat_fifo$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    top$sq$request$beat_fifo$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    top$sq$request$beat_fifo$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign head_valid$clock = clock;
    assign second$clock = clock;
    assign second_valid$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        fifo$write = write;
        fifo$data_in = data_in;
        full = fifo$full;
        data_out = head$q;
        empty = ~head_valid$q;
        take = ~fifo$empty && ~second_valid$q;
        fifo$read = take;
        if (read && head_valid$q) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head$d = fifo$data_out;
                head_valid$d = take;
            end
        end
        else if (~head_valid$q) begin
            head$d = fifo$data_out;
            head_valid$d = take;
        end
        else if (take) begin
            second$d = fifo$data_out;
            second_valid$d = 1'b1;
        end
    end
    
endmodule // top$sq$request$beat_fifo


module top$sq$request$beat_fifo$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [10:0] ram$read_address;
    wire ram$read_clock;
    wire  [63:0] ram$read_data;
    reg  [10:0] ram$write_address;
    wire ram$write_clock;
    reg  [63:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [63:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [11:0] read_logic$write_address_delayed;
    wire  [10:0] read_logic$ram_read_address;
    reg  [63:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [11:0] read_logic$read_address_out;
    wire  [11:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [63:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [10:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [63:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [11:0] write_logic$read_address;
    wire  [11:0] write_logic$write_address_delayed;
    wire  [11:0] write_logic$fill_level;
    
    // Sub module instances
    top$sq$request$beat_fifo$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$sq$request$beat_fifo$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$sq$request$beat_fifo$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$sq$request$beat_fifo$fifo


module top$sq$request$beat_fifo$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [10:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [10:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[2047:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$request$beat_fifo$fifo$ram


module top$sq$request$beat_fifo$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [11:0] write_address_delayed;
    output reg  [10:0] ram_read_address;
    input wire  [63:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [11:0] read_address_out;
    output reg  [11:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 12'h7ff;
    localparam  fifo_size = 12'h800;
    localparam  block_size = 12'h1;
    
    // Stub signals
    reg  [11:0] read_address$d;
    wire  [11:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$beat_fifo$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$sq$request$beat_fifo$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 11'h7ff);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 11'h7ff);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$sq$request$beat_fifo$fifo$read_logic


module top$sq$request$beat_fifo$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$fifo$read_logic$dff_underflow


module top$sq$request$beat_fifo$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$fifo$read_logic$read_address


module top$sq$request$beat_fifo$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [10:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [63:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [11:0] read_address;
    output reg  [11:0] write_address_delayed;
    output reg  [11:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 12'h7ff;
    localparam  fifo_size = 12'h800;
    localparam  almost_full_level = 12'h7ff;
    
    // Stub signals
    reg  [11:0] write_address$d;
    wire  [11:0] write_address$q;
    wire write_address$clock;
    reg  [11:0] dff_write_address_delay$d;
    wire  [11:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$beat_fifo$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$sq$request$beat_fifo$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$sq$request$beat_fifo$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 11'h7ff);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$sq$request$beat_fifo$fifo$write_logic


module top$sq$request$beat_fifo$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$fifo$write_logic$dff_overflow


module top$sq$request$beat_fifo$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$fifo$write_logic$dff_write_address_delay


module top$sq$request$beat_fifo$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$fifo$write_logic$write_address


module top$sq$request$beat_fifo$head(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$head


module top$sq$request$beat_fifo$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$head_valid


module top$sq$request$beat_fifo$second(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$second


module top$sq$request$beat_fifo$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_fifo$second_valid


module top$sq$request$beat_room(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beat_room


module top$sq$request$beats_used(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$beats_used


module top$sq$request$ct(d,q,clock);
    
    // Module arguments
    input wire  [112:0] d;
    output reg  [112:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 113'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$ct


module top$sq$request$ct_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [112:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [112:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[112:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$request$ct_ram


module top$sq$request$d_bad(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_bad


module top$sq$request$d_ctx(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_ctx


module top$sq$request$d_dst_off(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_dst_off


module top$sq$request$d_dst_region(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_dst_region


module top$sq$request$d_flags(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_flags


module top$sq$request$d_index(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_index


module top$sq$request$d_key(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_key


module top$sq$request$d_len(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_len


module top$sq$request$d_psn(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_psn


module top$sq$request$d_src_off(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_src_off


module top$sq$request$d_src_region(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$d_src_region


module top$sq$request$desc_beat(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$desc_beat


module top$sq$request$fetch(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$fetch


module top$sq$request$frame_len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$frame_len


module top$sq$request$frame_room(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$frame_room


module top$sq$request$frame_words(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$frame_words


module top$sq$request$last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$last


module top$sq$request$out_used(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$out_used


module top$sq$request$pages(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$pages


module top$sq$request$payload(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$payload


module top$sq$request$payload_words(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$payload_words


module top$sq$request$piece(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$piece


module top$sq$request$piece_beats(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$piece_beats


module top$sq$request$piece_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$piece_rem


module top$sq$request$plen(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$plen


module top$sq$request$pos(d,q,clock);
    
    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 49'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$pos


module top$sq$request$prefetch(clock,enable,reset,sq_base,sq_log2,sq_tail,desc_rd$req,desc_rd$ready,desc_rd$addr,desc_rd$len,desc_rd$beat,desc_rd$data,desc_rd$last,fetch,rq_idle,take,desc,desc_empty,ahead,flushing,idle);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  reset;
    input wire  [63:0] sq_base;
    input wire  [4:0] sq_log2;
    input wire  [31:0] sq_tail;
    output reg  desc_rd$req;
    input wire  desc_rd$ready;
    output reg  [63:0] desc_rd$addr;
    output reg  [12:0] desc_rd$len;
    input wire  desc_rd$beat;
    input wire  [63:0] desc_rd$data;
    input wire  desc_rd$last;
    input wire  [31:0] fetch;
    input wire  rq_idle;
    input wire  take;
    output reg  [63:0] desc;
    output reg  desc_empty;
    output reg  ahead;
    output reg  flushing;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one32 = 32'h1;
    localparam  k_desc_room = 6'b11000;
    localparam  k_desc_beats = 6'b1000;
    localparam  k_desc_len = 13'b1000000;
    
    // Stub signals
    wire desc_fifo$clock;
    reg  desc_fifo$read;
    wire  [63:0] desc_fifo$data_out;
    wire  desc_fifo$empty;
    wire  desc_fifo$almost_empty;
    wire  desc_fifo$underflow;
    reg  desc_fifo$write;
    reg  [63:0] desc_fifo$data_in;
    wire  desc_fifo$full;
    wire  desc_fifo$almost_full;
    wire  desc_fifo$overflow;
    reg  [31:0] pre$d;
    wire  [31:0] pre$q;
    wire pre$clock;
    reg  [63:0] pre_addr$d;
    wire  [63:0] pre_addr$q;
    wire pre_addr$clock;
    reg  pre_asking$d;
    wire  pre_asking$q;
    wire pre_asking$clock;
    reg  [5:0] desc_used$d;
    wire  [5:0] desc_used$q;
    wire desc_used$clock;
    reg  flushing_r$d;
    wire  flushing_r$q;
    wire flushing_r$clock;
    reg  [31:0] ring_mask$d;
    wire  [31:0] ring_mask$q;
    wire ring_mask$clock;
    
    // Local signals
    reg  desc_pop;
    reg  [5:0] desc_asked;
    
    // Sub module instances
    top$sq$request$prefetch$desc_fifo desc_fifo(
        .clock(desc_fifo$clock),
        .read(desc_fifo$read),
        .data_out(desc_fifo$data_out),
        .empty(desc_fifo$empty),
        .almost_empty(desc_fifo$almost_empty),
        .underflow(desc_fifo$underflow),
        .write(desc_fifo$write),
        .data_in(desc_fifo$data_in),
        .full(desc_fifo$full),
        .almost_full(desc_fifo$almost_full),
        .overflow(desc_fifo$overflow)
    );
    top$sq$request$prefetch$pre pre(
        .d(pre$d),
        .q(pre$q),
        .clock(pre$clock)
    );
    top$sq$request$prefetch$pre_addr pre_addr(
        .d(pre_addr$d),
        .q(pre_addr$q),
        .clock(pre_addr$clock)
    );
    top$sq$request$prefetch$pre_asking pre_asking(
        .d(pre_asking$d),
        .q(pre_asking$q),
        .clock(pre_asking$clock)
    );
    top$sq$request$prefetch$desc_used desc_used(
        .d(desc_used$d),
        .q(desc_used$q),
        .clock(desc_used$clock)
    );
    top$sq$request$prefetch$flushing_r flushing_r(
        .d(flushing_r$d),
        .q(flushing_r$q),
        .clock(flushing_r$clock)
    );
    top$sq$request$prefetch$ring_mask ring_mask(
        .d(ring_mask$d),
        .q(ring_mask$q),
        .clock(ring_mask$clock)
    );
    
    // Update code
    assign pre$clock = clock;
    assign pre_addr$clock = clock;
    assign pre_asking$clock = clock;
    assign desc_used$clock = clock;
    assign flushing_r$clock = clock;
    assign ring_mask$clock = clock;
    assign desc_fifo$clock = clock;
    
    always @(*) begin
        pre$d = pre$q;
        pre_addr$d = pre_addr$q;
        pre_asking$d = pre_asking$q;
        desc_used$d = desc_used$q;
        flushing_r$d = flushing_r$q;
        ring_mask$d = ring_mask$q;
        ring_mask$d = (k_one32 << sq_log2) - 32'h1;
        desc_rd$req = pre_asking$q;
        desc_rd$addr = pre_addr$q;
        desc_rd$len = k_desc_len;
        desc_fifo$write = desc_rd$beat;
        desc_fifo$data_in = desc_rd$data;
        desc_fifo$read = 1'b0;
        desc_pop = 1'b0;
        desc_asked = desc_used$q;
        if (pre_asking$q) begin
            if (desc_rd$ready) begin
                pre_asking$d = 1'b0;
                pre$d = pre$q + 32'h1;
            end
        end
        else if (enable && |sq_log2 && ~flushing_r$q && (pre$q != sq_tail) && (desc_used$q <= k_desc_room)) begin
            pre_asking$d = 1'b1;
            pre_addr$d = sq_base + (((pre$q & ring_mask$q) & 64'hffffffffffffffff) << 32'h6);
            desc_asked = desc_used$q + k_desc_beats;
        end
        if (~enable && rq_idle && (pre$q != fetch)) begin
            flushing_r$d = 1'b1;
        end
        if (flushing_r$q && ~pre_asking$q) begin
            if (~|desc_used$q) begin
                flushing_r$d = 1'b0;
                pre$d = fetch;
            end
            else if (~desc_fifo$empty) begin
                desc_pop = 1'b1;
            end
        end
        if (take) begin
            desc_pop = 1'b1;
        end
        desc_used$d = desc_asked;
        if (desc_pop) begin
            desc_fifo$read = 1'b1;
            desc_used$d = desc_asked - 32'h1;
        end
        desc = desc_fifo$data_out;
        desc_empty = desc_fifo$empty;
        ahead = pre$q != fetch;
        flushing = flushing_r$q;
        idle = ~pre_asking$q && ~|desc_used$q;
        if (reset) begin
            pre$d = 32'h0;
            flushing_r$d = 1'b0;
        end
    end
    
endmodule // top$sq$request$prefetch


module top$sq$request$prefetch$desc_fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [4:0] ram$read_address;
    wire ram$read_clock;
    wire  [63:0] ram$read_data;
    reg  [4:0] ram$write_address;
    wire ram$write_clock;
    reg  [63:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [63:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [5:0] read_logic$write_address_delayed;
    wire  [4:0] read_logic$ram_read_address;
    reg  [63:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [5:0] read_logic$read_address_out;
    wire  [5:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [63:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [4:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [63:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [5:0] write_logic$read_address;
    wire  [5:0] write_logic$write_address_delayed;
    wire  [5:0] write_logic$fill_level;
    
    // Sub module instances
    top$sq$request$prefetch$desc_fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$sq$request$prefetch$desc_fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$sq$request$prefetch$desc_fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$sq$request$prefetch$desc_fifo


module top$sq$request$prefetch$desc_fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[63:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$request$prefetch$desc_fifo$ram


module top$sq$request$prefetch$desc_fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [63:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [5:0] write_address_delayed;
    output reg  [4:0] ram_read_address;
    input wire  [63:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [5:0] read_address_out;
    output reg  [5:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 6'b11111;
    localparam  fifo_size = 6'b100000;
    localparam  block_size = 6'b1;
    
    // Stub signals
    reg  [5:0] read_address$d;
    wire  [5:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$prefetch$desc_fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$sq$request$prefetch$desc_fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 5'h1f);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 5'h1f);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$sq$request$prefetch$desc_fifo$read_logic


module top$sq$request$prefetch$desc_fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_fifo$read_logic$dff_underflow


module top$sq$request$prefetch$desc_fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_fifo$read_logic$read_address


module top$sq$request$prefetch$desc_fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [63:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [4:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [63:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [5:0] read_address;
    output reg  [5:0] write_address_delayed;
    output reg  [5:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 6'b11111;
    localparam  fifo_size = 6'b100000;
    localparam  almost_full_level = 6'b11111;
    
    // Stub signals
    reg  [5:0] write_address$d;
    wire  [5:0] write_address$q;
    wire write_address$clock;
    reg  [5:0] dff_write_address_delay$d;
    wire  [5:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$prefetch$desc_fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$sq$request$prefetch$desc_fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$sq$request$prefetch$desc_fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 5'h1f);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$sq$request$prefetch$desc_fifo$write_logic


module top$sq$request$prefetch$desc_fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_fifo$write_logic$dff_overflow


module top$sq$request$prefetch$desc_fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_fifo$write_logic$dff_write_address_delay


module top$sq$request$prefetch$desc_fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_fifo$write_logic$write_address


module top$sq$request$prefetch$desc_used(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$desc_used


module top$sq$request$prefetch$flushing_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$flushing_r


module top$sq$request$prefetch$pre(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$pre


module top$sq$request$prefetch$pre_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$pre_addr


module top$sq$request$prefetch$pre_asking(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$pre_asking


module top$sq$request$prefetch$ring_mask(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$prefetch$ring_mask


module top$sq$request$rec_data(d,q,clock);
    
    // Module arguments
    input wire  [437:0] d;
    output reg  [437:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 438'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_data


module top$sq$request$rec_fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [437:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [437:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    wire ram$read_clock;
    wire  [437:0] ram$read_data;
    reg  [3:0] ram$write_address;
    wire ram$write_clock;
    reg  [437:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [437:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [4:0] read_logic$write_address_delayed;
    wire  [3:0] read_logic$ram_read_address;
    reg  [437:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [4:0] read_logic$read_address_out;
    wire  [4:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [437:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [3:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [437:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [4:0] write_logic$read_address;
    wire  [4:0] write_logic$write_address_delayed;
    wire  [4:0] write_logic$fill_level;
    
    // Sub module instances
    top$sq$request$rec_fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$sq$request$rec_fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$sq$request$rec_fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$sq$request$rec_fifo


module top$sq$request$rec_fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [437:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [437:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[437:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$request$rec_fifo$ram


module top$sq$request$rec_fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [437:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [4:0] write_address_delayed;
    output reg  [3:0] ram_read_address;
    input wire  [437:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [4:0] read_address_out;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  block_size = 5'b1;
    
    // Stub signals
    reg  [4:0] read_address$d;
    wire  [4:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$rec_fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$sq$request$rec_fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 4'hf);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 4'hf);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$sq$request$rec_fifo$read_logic


module top$sq$request$rec_fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_fifo$read_logic$dff_underflow


module top$sq$request$rec_fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_fifo$read_logic$read_address


module top$sq$request$rec_fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [437:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [3:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [437:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [4:0] read_address;
    output reg  [4:0] write_address_delayed;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  almost_full_level = 5'b1111;
    
    // Stub signals
    reg  [4:0] write_address$d;
    wire  [4:0] write_address$q;
    wire write_address$clock;
    reg  [4:0] dff_write_address_delay$d;
    wire  [4:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$sq$request$rec_fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$sq$request$rec_fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$sq$request$rec_fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 4'hf);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$sq$request$rec_fifo$write_logic


module top$sq$request$rec_fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_fifo$write_logic$dff_overflow


module top$sq$request$rec_fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_fifo$write_logic$dff_write_address_delay


module top$sq$request$rec_fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rec_fifo$write_logic$write_address


module top$sq$request$rem(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rem


module top$sq$request$rq(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RqState$Idle = 0;
    localparam RqState$DescWait = 1;
    localparam RqState$Validate = 2;
    localparam RqState$Size = 3;
    localparam RqState$Frame = 4;
    localparam RqState$Step = 5;
    localparam RqState$Piece = 6;
    localparam RqState$Record = 7;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rq


module top$sq$request$rt(d,q,clock);
    
    // Module arguments
    input wire  [143:0] d;
    output reg  [143:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 144'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$rt


module top$sq$request$rt_ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [9:0] read_address;
    input wire  read_clock;
    output reg  [143:0] read_data;
    input wire  [9:0] write_address;
    input wire  write_clock;
    input wire  [143:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[143:0] mem[1023:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$sq$request$rt_ram


module top$sq$request$settle(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$settle


module top$sq$request$src_end(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$src_end


module top$sq$request$took_beat(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$took_beat


module top$sq$request$took_word(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$took_word


module top$sq$request$xl(clock,lookup,region,page,pl,pages,invalidate,hit_cur,hit_next,frame_cur,frame_next,rd$req,rd$ready,rd$addr,rd$len,rd$beat,rd$data,rd$last);
    
    // Module arguments
    input wire  clock;
    input wire  lookup;
    input wire  [9:0] region;
    input wire  [36:0] page;
    input wire  [63:0] pl;
    input wire  [37:0] pages;
    input wire  invalidate;
    output reg  hit_cur;
    output reg  hit_next;
    output reg  [51:0] frame_cur;
    output reg  [51:0] frame_next;
    output reg  rd$req;
    input wire  rd$ready;
    output reg  [63:0] rd$addr;
    output reg  [12:0] rd$len;
    input wire  rd$beat;
    input wire  [51:0] rd$data;
    input wire  rd$last;
    
    // Constant declarations
    localparam  k_batch_bytes = 9'b100000000;
    localparam  k_batch = 6'b100000;
    localparam  k_last_batch = 12'hf00;
    
    // Stub signals
    reg  valid$d;
    wire  valid$q;
    wire valid$clock;
    reg  [9:0] tag_region$d;
    wire  [9:0] tag_region$q;
    wire tag_region$clock;
    reg  [36:0] base$d;
    wire  [36:0] base$q;
    wire base$clock;
    reg  [5:0] n$d;
    wire  [5:0] n$q;
    wire n$clock;
    reg  [2047:0] tab$d;
    wire  [2047:0] tab$q;
    wire tab$clock;
    reg  [37:0] limit$d;
    wire  [37:0] limit$q;
    wire limit$clock;
    reg  [5:0] sel$d;
    wire  [5:0] sel$q;
    wire sel$clock;
    reg  [36:0] after$d;
    wire  [36:0] after$q;
    wire after$clock;
    reg  next_valid$d;
    wire  next_valid$q;
    wire next_valid$clock;
    reg  [9:0] next_region$d;
    wire  [9:0] next_region$q;
    wire next_region$clock;
    reg  [36:0] next_base$d;
    wire  [36:0] next_base$q;
    wire next_base$clock;
    reg  [5:0] next_n$d;
    wire  [5:0] next_n$q;
    wire next_n$clock;
    reg  [2047:0] next_tab$d;
    wire  [2047:0] next_tab$q;
    wire next_tab$clock;
    reg  [37:0] next_limit$d;
    wire  [37:0] next_limit$q;
    wire next_limit$clock;
    reg  [5:0] next_sel$d;
    wire  [5:0] next_sel$q;
    wire next_sel$clock;
    reg  look_asked$d;
    wire  look_asked$q;
    wire look_asked$clock;
    reg  look_idle$d;
    wire  look_idle$q;
    wire look_idle$clock;
    reg  look_cur$d;
    wire  look_cur$q;
    wire look_cur$clock;
    reg  look_next$d;
    wire  look_next$q;
    wire look_next$clock;
    reg  [36:0] look_page$d;
    wire  [36:0] look_page$q;
    wire look_page$clock;
    reg  [36:0] look_after$d;
    wire  [36:0] look_after$q;
    wire look_after$clock;
    reg  look_ahead$d;
    wire  look_ahead$q;
    wire look_ahead$clock;
    reg  [9:0] look_region$d;
    wire  [9:0] look_region$q;
    wire look_region$clock;
    reg  [63:0] look_pl$d;
    wire  [63:0] look_pl$q;
    wire look_pl$clock;
    reg  [37:0] look_pages$d;
    wire  [37:0] look_pages$q;
    wire look_pages$clock;
    reg  filling$d;
    wire  filling$q;
    wire filling$clock;
    reg  sizing$d;
    wire  sizing$q;
    wire sizing$clock;
    reg  sized$d;
    wire  sized$q;
    wire sized$clock;
    reg  [37:0] size_left$d;
    wire  [37:0] size_left$q;
    wire size_left$clock;
    reg  asking$d;
    wire  asking$q;
    wire asking$clock;
    reg  [63:0] ask_addr$d;
    wire  [63:0] ask_addr$q;
    wire ask_addr$clock;
    reg  [12:0] ask_len$d;
    wire  [12:0] ask_len$q;
    wire ask_len$clock;
    reg  stale$d;
    wire  stale$q;
    wire stale$clock;
    reg  [5:0] got$d;
    wire  [5:0] got$q;
    wire got$clock;
    reg  [5:0] room$d;
    wire  [5:0] room$q;
    wire room$clock;
    
    // Local signals
    reg  look_want;
    reg  promote;
    reg  [5:0] low;
    reg  [46:0] key;
    reg  [47:0] key_end;
    reg  [4:0] slot;
    reg  [4:0] next_slot;
    reg  ahead;
    reg  [36:0] start_page;
    reg  [5:0] want;
    
    // Sub module instances
    top$sq$request$xl$valid valid(
        .d(valid$d),
        .q(valid$q),
        .clock(valid$clock)
    );
    top$sq$request$xl$tag_region tag_region(
        .d(tag_region$d),
        .q(tag_region$q),
        .clock(tag_region$clock)
    );
    top$sq$request$xl$base base(
        .d(base$d),
        .q(base$q),
        .clock(base$clock)
    );
    top$sq$request$xl$n n(
        .d(n$d),
        .q(n$q),
        .clock(n$clock)
    );
    top$sq$request$xl$tab tab(
        .d(tab$d),
        .q(tab$q),
        .clock(tab$clock)
    );
    top$sq$request$xl$limit limit(
        .d(limit$d),
        .q(limit$q),
        .clock(limit$clock)
    );
    top$sq$request$xl$sel sel(
        .d(sel$d),
        .q(sel$q),
        .clock(sel$clock)
    );
    top$sq$request$xl$after after(
        .d(after$d),
        .q(after$q),
        .clock(after$clock)
    );
    top$sq$request$xl$next_valid next_valid(
        .d(next_valid$d),
        .q(next_valid$q),
        .clock(next_valid$clock)
    );
    top$sq$request$xl$next_region next_region(
        .d(next_region$d),
        .q(next_region$q),
        .clock(next_region$clock)
    );
    top$sq$request$xl$next_base next_base(
        .d(next_base$d),
        .q(next_base$q),
        .clock(next_base$clock)
    );
    top$sq$request$xl$next_n next_n(
        .d(next_n$d),
        .q(next_n$q),
        .clock(next_n$clock)
    );
    top$sq$request$xl$next_tab next_tab(
        .d(next_tab$d),
        .q(next_tab$q),
        .clock(next_tab$clock)
    );
    top$sq$request$xl$next_limit next_limit(
        .d(next_limit$d),
        .q(next_limit$q),
        .clock(next_limit$clock)
    );
    top$sq$request$xl$next_sel next_sel(
        .d(next_sel$d),
        .q(next_sel$q),
        .clock(next_sel$clock)
    );
    top$sq$request$xl$look_asked look_asked(
        .d(look_asked$d),
        .q(look_asked$q),
        .clock(look_asked$clock)
    );
    top$sq$request$xl$look_idle look_idle(
        .d(look_idle$d),
        .q(look_idle$q),
        .clock(look_idle$clock)
    );
    top$sq$request$xl$look_cur look_cur(
        .d(look_cur$d),
        .q(look_cur$q),
        .clock(look_cur$clock)
    );
    top$sq$request$xl$look_next look_next(
        .d(look_next$d),
        .q(look_next$q),
        .clock(look_next$clock)
    );
    top$sq$request$xl$look_page look_page(
        .d(look_page$d),
        .q(look_page$q),
        .clock(look_page$clock)
    );
    top$sq$request$xl$look_after look_after(
        .d(look_after$d),
        .q(look_after$q),
        .clock(look_after$clock)
    );
    top$sq$request$xl$look_ahead look_ahead(
        .d(look_ahead$d),
        .q(look_ahead$q),
        .clock(look_ahead$clock)
    );
    top$sq$request$xl$look_region look_region(
        .d(look_region$d),
        .q(look_region$q),
        .clock(look_region$clock)
    );
    top$sq$request$xl$look_pl look_pl(
        .d(look_pl$d),
        .q(look_pl$q),
        .clock(look_pl$clock)
    );
    top$sq$request$xl$look_pages look_pages(
        .d(look_pages$d),
        .q(look_pages$q),
        .clock(look_pages$clock)
    );
    top$sq$request$xl$filling filling(
        .d(filling$d),
        .q(filling$q),
        .clock(filling$clock)
    );
    top$sq$request$xl$sizing sizing(
        .d(sizing$d),
        .q(sizing$q),
        .clock(sizing$clock)
    );
    top$sq$request$xl$sized sized(
        .d(sized$d),
        .q(sized$q),
        .clock(sized$clock)
    );
    top$sq$request$xl$size_left size_left(
        .d(size_left$d),
        .q(size_left$q),
        .clock(size_left$clock)
    );
    top$sq$request$xl$asking asking(
        .d(asking$d),
        .q(asking$q),
        .clock(asking$clock)
    );
    top$sq$request$xl$ask_addr ask_addr(
        .d(ask_addr$d),
        .q(ask_addr$q),
        .clock(ask_addr$clock)
    );
    top$sq$request$xl$ask_len ask_len(
        .d(ask_len$d),
        .q(ask_len$q),
        .clock(ask_len$clock)
    );
    top$sq$request$xl$stale stale(
        .d(stale$d),
        .q(stale$q),
        .clock(stale$clock)
    );
    top$sq$request$xl$got got(
        .d(got$d),
        .q(got$q),
        .clock(got$clock)
    );
    top$sq$request$xl$room room(
        .d(room$d),
        .q(room$q),
        .clock(room$clock)
    );
    
    // Update code
    assign valid$clock = clock;
    assign tag_region$clock = clock;
    assign base$clock = clock;
    assign n$clock = clock;
    assign tab$clock = clock;
    assign limit$clock = clock;
    assign sel$clock = clock;
    assign after$clock = clock;
    assign next_valid$clock = clock;
    assign next_region$clock = clock;
    assign next_base$clock = clock;
    assign next_n$clock = clock;
    assign next_tab$clock = clock;
    assign next_limit$clock = clock;
    assign next_sel$clock = clock;
    assign look_asked$clock = clock;
    assign look_idle$clock = clock;
    assign look_cur$clock = clock;
    assign look_next$clock = clock;
    assign look_page$clock = clock;
    assign look_after$clock = clock;
    assign look_ahead$clock = clock;
    assign look_region$clock = clock;
    assign look_pl$clock = clock;
    assign look_pages$clock = clock;
    assign filling$clock = clock;
    assign sizing$clock = clock;
    assign sized$clock = clock;
    assign room$clock = clock;
    assign size_left$clock = clock;
    assign asking$clock = clock;
    assign ask_addr$clock = clock;
    assign ask_len$clock = clock;
    assign stale$clock = clock;
    assign got$clock = clock;
    
    always @(*) begin
        valid$d = valid$q;
        tag_region$d = tag_region$q;
        base$d = base$q;
        n$d = n$q;
        tab$d = tab$q;
        limit$d = limit$q;
        sel$d = sel$q;
        after$d = after$q;
        next_valid$d = next_valid$q;
        next_region$d = next_region$q;
        next_base$d = next_base$q;
        next_n$d = next_n$q;
        next_tab$d = next_tab$q;
        next_limit$d = next_limit$q;
        next_sel$d = next_sel$q;
        look_asked$d = look_asked$q;
        look_idle$d = look_idle$q;
        look_cur$d = look_cur$q;
        look_next$d = look_next$q;
        look_page$d = look_page$q;
        look_after$d = look_after$q;
        look_ahead$d = look_ahead$q;
        look_region$d = look_region$q;
        look_pl$d = look_pl$q;
        look_pages$d = look_pages$q;
        filling$d = filling$q;
        sizing$d = sizing$q;
        sized$d = sized$q;
        room$d = room$q;
        size_left$d = size_left$q;
        asking$d = asking$q;
        ask_addr$d = ask_addr$q;
        ask_len$d = ask_len$q;
        stale$d = stale$q;
        got$d = got$q;
        low = page[(32'h0)+:(6)];
        key = ((page) & 47'h7fffffffffff) | (((region) & 47'h7fffffffffff) << 32'h25);
        key_end = ((page) & 48'hffffffffffff) | (((region) & 48'hffffffffffff) << 32'h26);
        hit_cur = valid$q && (key >= (((base$q) & 47'h7fffffffffff) | (((tag_region$q) & 47'h7fffffffffff) << 32'h25))) && (key_end < (((limit$q) & 48'hffffffffffff) | (((tag_region$q) & 48'hffffffffffff) << 32'h26)));
        hit_next = next_valid$q && (key >= (((next_base$q) & 47'h7fffffffffff) | (((next_region$q) & 47'h7fffffffffff) << 32'h25))) && (key_end < (((next_limit$q) & 48'hffffffffffff) | (((next_region$q) & 48'hffffffffffff) << 32'h26)));
        slot = ((low + sel$q) & 5'h1f);
        next_slot = ((low + next_sel$q) & 5'h1f);
        frame_cur = tab$q[(slot * 32'h40)+:(52)];
        frame_next = next_tab$q[(next_slot * 32'h40)+:(52)];
        ahead = hit_cur && (n$q == 32'h20) && ~(next_valid$q && (next_region$q == region) && (next_base$q == after$q)) && (((after$q) & 38'h3fffffffff) < pages);
        room$d = 32'h20;
        if (ask_addr$q[(32'h0)+:(12)] > k_last_batch) begin
            room$d = (((k_batch_bytes - ((ask_addr$q[(32'h0)+:(8)]) & 9'h1ff)) >> 32'h3) & 6'h3f);
        end
        want = room$q;
        if (~|size_left$q[(32'h6)+:(32)] && (size_left$q[(32'h0)+:(6)] < room$q)) begin
            want = size_left$q[(32'h0)+:(6)];
        end
        next_limit$d = ((next_base$q) & 38'h3fffffffff) + ((next_n$q) & 38'h3fffffffff);
        next_sel$d = k_batch - next_n$q - next_base$q[(32'h0)+:(6)];
        rd$req = asking$q;
        rd$addr = ask_addr$q;
        rd$len = ask_len$q;
        if (asking$q && rd$ready) begin
            asking$d = 1'b0;
        end
        look_asked$d = lookup;
        look_idle$d = ~filling$q;
        look_cur$d = hit_cur;
        look_next$d = hit_next;
        promote = look_asked$q && ~look_cur$q && look_next$q;
        if (promote && next_valid$q) begin
            valid$d = 1'b1;
            tag_region$d = next_region$q;
            base$d = next_base$q;
            after$d = next_base$q + 32'h20;
            n$d = next_n$q;
            tab$d = next_tab$q;
            limit$d = next_limit$q;
            sel$d = next_sel$q;
            next_valid$d = 1'b0;
        end
        look_want = look_asked$q && look_idle$q && (~(look_cur$q || look_next$q) || look_ahead$q);
        look_page$d = page;
        look_after$d = after$q;
        look_ahead$d = ahead;
        start_page = look_page$q;
        if (look_ahead$q) begin
            start_page = look_after$q;
        end
        look_region$d = region;
        look_pl$d = pl;
        look_pages$d = pages;
        if (look_want && ~filling$q) begin
            sizing$d = 1'b1;
            next_valid$d = 1'b0;
            filling$d = 1'b1;
            stale$d = 1'b0;
            got$d = 32'h0;
            next_base$d = start_page;
            next_region$d = look_region$q;
            ask_addr$d = look_pl$q + (((start_page) & 64'hffffffffffffffff) << 32'h3);
            size_left$d = look_pages$q - ((start_page) & 38'h3fffffffff);
        end
        sized$d = sizing$q;
        if (sizing$q) begin
            sizing$d = 1'b0;
        end
        if (sized$q) begin
            asking$d = 1'b1;
            ask_len$d = ((want) & 13'h1fff) << 32'h3;
            next_n$d = want;
        end
        if (rd$beat) begin
            next_tab$d = (next_tab$q >> 32'h40) | (((rd$data) & 2048'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h7c0);
            got$d = got$q + 32'h1;
            if (got$q + 32'h1 == next_n$q) begin
                next_valid$d = ~stale$q;
                filling$d = 1'b0;
            end
        end
        if (invalidate) begin
            valid$d = 1'b0;
            next_valid$d = 1'b0;
            stale$d = 1'b1;
            look_asked$d = 1'b0;
        end
    end
    
endmodule // top$sq$request$xl


module top$sq$request$xl$after(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$after


module top$sq$request$xl$ask_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$ask_addr


module top$sq$request$xl$ask_len(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$ask_len


module top$sq$request$xl$asking(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$asking


module top$sq$request$xl$base(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$base


module top$sq$request$xl$filling(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$filling


module top$sq$request$xl$got(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$got


module top$sq$request$xl$limit(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$limit


module top$sq$request$xl$look_after(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_after


module top$sq$request$xl$look_ahead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_ahead


module top$sq$request$xl$look_asked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_asked


module top$sq$request$xl$look_cur(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_cur


module top$sq$request$xl$look_idle(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_idle


module top$sq$request$xl$look_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_next


module top$sq$request$xl$look_page(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_page


module top$sq$request$xl$look_pages(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_pages


module top$sq$request$xl$look_pl(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_pl


module top$sq$request$xl$look_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$look_region


module top$sq$request$xl$n(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$n


module top$sq$request$xl$next_base(d,q,clock);
    
    // Module arguments
    input wire  [36:0] d;
    output reg  [36:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 37'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_base


module top$sq$request$xl$next_limit(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_limit


module top$sq$request$xl$next_n(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_n


module top$sq$request$xl$next_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_region


module top$sq$request$xl$next_sel(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_sel


module top$sq$request$xl$next_tab(d,q,clock);
    
    // Module arguments
    input wire  [2047:0] d;
    output reg  [2047:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2048'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_tab


module top$sq$request$xl$next_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$next_valid


module top$sq$request$xl$room(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$room


module top$sq$request$xl$sel(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$sel


module top$sq$request$xl$size_left(d,q,clock);
    
    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 38'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$size_left


module top$sq$request$xl$sized(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$sized


module top$sq$request$xl$sizing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$sizing


module top$sq$request$xl$stale(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$stale


module top$sq$request$xl$tab(d,q,clock);
    
    // Module arguments
    input wire  [2047:0] d;
    output reg  [2047:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2048'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$tab


module top$sq$request$xl$tag_region(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$tag_region


module top$sq$request$xl$valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl$valid


module top$sq$request$xl_hit(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq$request$xl_hit


module top$sq_tail(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$sq_tail


module top$station(d,q,clock);
    
    // Module arguments
    input wire  [47:0] d;
    output reg  [47:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 48'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$station


module top$tables(clock,wr,wr_addr,wr_data,rd_addr,rst_active,rst_sweep,clear,rt_we,rt_waddr,rt_wdata,sq_ct_we,sq_ct_waddr,sq_ct_wdata,ct_req,ct_idx_out,ct_data_out,ct_start_out,ct_ack,arm_req,arm_idx_out,arm_ack,commit,rx_start,rd_hi_out,rd_ct_out);
    
    // Module arguments
    input wire  clock;
    input wire  wr;
    input wire  [12:0] wr_addr;
    input wire  [31:0] wr_data;
    input wire  [12:0] rd_addr;
    input wire  rst_active;
    input wire  [10:0] rst_sweep;
    input wire  clear;
    output reg  rt_we;
    output reg  [9:0] rt_waddr;
    output reg  [207:0] rt_wdata;
    output reg  sq_ct_we;
    output reg  [5:0] sq_ct_waddr;
    output reg  [112:0] sq_ct_wdata;
    output reg  ct_req;
    output reg  [5:0] ct_idx_out;
    output reg  [112:0] ct_data_out;
    output reg  [31:0] ct_start_out;
    input wire  ct_ack;
    output reg  arm_req;
    output reg  [5:0] arm_idx_out;
    input wire  arm_ack;
    output reg  commit;
    output reg  [31:0] rx_start;
    output reg  [31:0] rd_hi_out;
    output reg  [31:0] rd_ct_out;
    
    // Constant declarations
    localparam  k_regions = 11'b10000000000;
    localparam  k_contexts = 32'h40;
    localparam  addr_rt_key_lo = 13'b1000000000;
    localparam  addr_rt_key_hi = 13'b1000000100;
    localparam  addr_rt_len_lo = 13'b1000001000;
    localparam  addr_rt_len_hi = 13'b1000001100;
    localparam  addr_rt_pl_lo = 13'b1000010000;
    localparam  addr_rt_pl_hi = 13'b1000010100;
    localparam  addr_rt_first = 13'b1000011000;
    localparam  addr_rt_pd = 13'b1000011100;
    localparam  addr_rt_flags = 13'b1000100000;
    localparam  addr_rt_commit = 13'b1000100100;
    localparam  addr_ct_peer_mac_lo = 13'b1010000000;
    localparam  addr_ct_peer_mac_hi = 13'b1010000100;
    localparam  addr_ct_peer_ctx = 13'b1010001000;
    localparam  addr_ct_peer_tag = 13'b1010001100;
    localparam  addr_ct_local_tag = 13'b1010010000;
    localparam  addr_ct_pd = 13'b1010010100;
    localparam  addr_ct_flags = 13'b1010011000;
    localparam  addr_ct_rx_start = 13'b1010011100;
    localparam  addr_ct_commit = 13'b1010100000;
    localparam  addr_ct_arm = 13'b1010110100;
    localparam  k_mask_hi32 = 64'hffffffff00000000;
    localparam  at_halves$lo = 10'b0;
    localparam  at_halves$hi = 10'b100000;
    localparam  at_halves$mac_hi = 10'b100000;
    localparam  at_region$key = 10'b0;
    localparam  at_region$len = 10'b1000000;
    localparam  at_region$pl = 10'b1110001;
    localparam  at_region$first = 10'b10110001;
    localparam  at_region$pd = 10'b10111101;
    localparam  at_region$flags = 10'b11001101;
    localparam  at_context$peer_mac = 10'b0;
    localparam  at_context$peer_ctx = 10'b110000;
    localparam  at_context$tag = 10'b1000000;
    localparam  at_context$pd = 10'b1100000;
    localparam  at_context$valid = 10'b1110000;
    
    // Stub signals
    reg  [63:0] rt_key$d;
    wire  [63:0] rt_key$q;
    wire rt_key$clock;
    reg  [63:0] rt_len$d;
    wire  [63:0] rt_len$q;
    wire rt_len$clock;
    reg  [63:0] rt_pl$d;
    wire  [63:0] rt_pl$q;
    wire rt_pl$clock;
    reg  [11:0] rt_first$d;
    wire  [11:0] rt_first$q;
    wire rt_first$clock;
    reg  [15:0] rt_pd$d;
    wire  [15:0] rt_pd$q;
    wire rt_pd$clock;
    reg  [2:0] rt_flags$d;
    wire  [2:0] rt_flags$q;
    wire rt_flags$clock;
    reg  [63:0] ct_peer_mac$d;
    wire  [63:0] ct_peer_mac$q;
    wire ct_peer_mac$clock;
    reg  [15:0] ct_peer_ctx$d;
    wire  [15:0] ct_peer_ctx$q;
    wire ct_peer_ctx$clock;
    reg  [31:0] ct_peer_tag$d;
    wire  [31:0] ct_peer_tag$q;
    wire ct_peer_tag$clock;
    reg  [31:0] ct_local_tag$d;
    wire  [31:0] ct_local_tag$q;
    wire ct_local_tag$clock;
    reg  [15:0] ct_pd$d;
    wire  [15:0] ct_pd$q;
    wire ct_pd$clock;
    reg  ct_flags$d;
    wire  ct_flags$q;
    wire ct_flags$clock;
    reg  [31:0] ct_start$d;
    wire  [31:0] ct_start$q;
    wire ct_start$clock;
    reg  ct_pending$d;
    wire  ct_pending$q;
    wire ct_pending$clock;
    reg  [5:0] ct_idx$d;
    wire  [5:0] ct_idx$q;
    wire ct_idx$clock;
    reg  [112:0] ct_data$d;
    wire  [112:0] ct_data$q;
    wire ct_data$clock;
    reg  [31:0] ct_start_r$d;
    wire  [31:0] ct_start_r$q;
    wire ct_start_r$clock;
    reg  arm_pending$d;
    wire  arm_pending$q;
    wire arm_pending$clock;
    reg  [5:0] arm_idx$d;
    wire  [5:0] arm_idx$q;
    wire arm_idx$clock;
    reg  [31:0] rd_hi$d;
    wire  [31:0] rd_hi$q;
    wire rd_hi$clock;
    reg  [31:0] rd_ct$d;
    wire  [31:0] rd_ct$q;
    wire rd_ct$clock;
    
    // Sub module instances
    top$tables$rt_key rt_key(
        .d(rt_key$d),
        .q(rt_key$q),
        .clock(rt_key$clock)
    );
    top$tables$rt_len rt_len(
        .d(rt_len$d),
        .q(rt_len$q),
        .clock(rt_len$clock)
    );
    top$tables$rt_pl rt_pl(
        .d(rt_pl$d),
        .q(rt_pl$q),
        .clock(rt_pl$clock)
    );
    top$tables$rt_first rt_first(
        .d(rt_first$d),
        .q(rt_first$q),
        .clock(rt_first$clock)
    );
    top$tables$rt_pd rt_pd(
        .d(rt_pd$d),
        .q(rt_pd$q),
        .clock(rt_pd$clock)
    );
    top$tables$rt_flags rt_flags(
        .d(rt_flags$d),
        .q(rt_flags$q),
        .clock(rt_flags$clock)
    );
    top$tables$ct_peer_mac ct_peer_mac(
        .d(ct_peer_mac$d),
        .q(ct_peer_mac$q),
        .clock(ct_peer_mac$clock)
    );
    top$tables$ct_peer_ctx ct_peer_ctx(
        .d(ct_peer_ctx$d),
        .q(ct_peer_ctx$q),
        .clock(ct_peer_ctx$clock)
    );
    top$tables$ct_peer_tag ct_peer_tag(
        .d(ct_peer_tag$d),
        .q(ct_peer_tag$q),
        .clock(ct_peer_tag$clock)
    );
    top$tables$ct_local_tag ct_local_tag(
        .d(ct_local_tag$d),
        .q(ct_local_tag$q),
        .clock(ct_local_tag$clock)
    );
    top$tables$ct_pd ct_pd(
        .d(ct_pd$d),
        .q(ct_pd$q),
        .clock(ct_pd$clock)
    );
    top$tables$ct_flags ct_flags(
        .d(ct_flags$d),
        .q(ct_flags$q),
        .clock(ct_flags$clock)
    );
    top$tables$ct_start ct_start(
        .d(ct_start$d),
        .q(ct_start$q),
        .clock(ct_start$clock)
    );
    top$tables$ct_pending ct_pending(
        .d(ct_pending$d),
        .q(ct_pending$q),
        .clock(ct_pending$clock)
    );
    top$tables$ct_idx ct_idx(
        .d(ct_idx$d),
        .q(ct_idx$q),
        .clock(ct_idx$clock)
    );
    top$tables$ct_data ct_data(
        .d(ct_data$d),
        .q(ct_data$q),
        .clock(ct_data$clock)
    );
    top$tables$ct_start_r ct_start_r(
        .d(ct_start_r$d),
        .q(ct_start_r$q),
        .clock(ct_start_r$clock)
    );
    top$tables$arm_pending arm_pending(
        .d(arm_pending$d),
        .q(arm_pending$q),
        .clock(arm_pending$clock)
    );
    top$tables$arm_idx arm_idx(
        .d(arm_idx$d),
        .q(arm_idx$q),
        .clock(arm_idx$clock)
    );
    top$tables$rd_hi rd_hi(
        .d(rd_hi$d),
        .q(rd_hi$q),
        .clock(rd_hi$clock)
    );
    top$tables$rd_ct rd_ct(
        .d(rd_ct$d),
        .q(rd_ct$q),
        .clock(rd_ct$clock)
    );
    
    // Update code
    assign rt_key$clock = clock;
    assign rt_len$clock = clock;
    assign rt_pl$clock = clock;
    assign rt_first$clock = clock;
    assign rt_pd$clock = clock;
    assign rt_flags$clock = clock;
    assign ct_peer_mac$clock = clock;
    assign ct_peer_ctx$clock = clock;
    assign ct_peer_tag$clock = clock;
    assign ct_local_tag$clock = clock;
    assign ct_pd$clock = clock;
    assign ct_flags$clock = clock;
    assign ct_start$clock = clock;
    assign ct_pending$clock = clock;
    assign ct_idx$clock = clock;
    assign ct_data$clock = clock;
    assign ct_start_r$clock = clock;
    assign arm_pending$clock = clock;
    assign arm_idx$clock = clock;
    assign rd_hi$clock = clock;
    assign rd_ct$clock = clock;
    
    always @(*) begin
        rt_key$d = rt_key$q;
        rt_len$d = rt_len$q;
        rt_pl$d = rt_pl$q;
        rt_first$d = rt_first$q;
        rt_pd$d = rt_pd$q;
        rt_flags$d = rt_flags$q;
        ct_peer_mac$d = ct_peer_mac$q;
        ct_peer_ctx$d = ct_peer_ctx$q;
        ct_peer_tag$d = ct_peer_tag$q;
        ct_local_tag$d = ct_local_tag$q;
        ct_pd$d = ct_pd$q;
        ct_flags$d = ct_flags$q;
        ct_start$d = ct_start$q;
        ct_pending$d = ct_pending$q;
        ct_idx$d = ct_idx$q;
        ct_data$d = ct_data$q;
        ct_start_r$d = ct_start_r$q;
        arm_pending$d = arm_pending$q;
        arm_idx$d = arm_idx$q;
        rd_hi$d = rd_hi$q;
        rd_ct$d = rd_ct$q;
        ct_req = ct_pending$q;
        ct_idx_out = ct_idx$q;
        ct_data_out = ct_data$q;
        ct_start_out = ct_start_r$q;
        arm_req = arm_pending$q;
        arm_idx_out = arm_idx$q;
        rx_start = ct_start$q;
        rd_hi_out = rd_hi$q;
        rd_ct_out = rd_ct$q;
        commit = 1'b0;
        if (ct_ack) begin
            ct_pending$d = 1'b0;
        end
        if (arm_ack) begin
            arm_pending$d = 1'b0;
        end
        sq_ct_we = 1'b0;
        sq_ct_waddr = wr_data[(32'h0)+:(6)];
        sq_ct_wdata = (((ct_peer_mac$q[(32'h0)+:(48)]) & 113'h1ffffffffffffffffffffffffffff) << at_context$peer_mac) | (((ct_peer_ctx$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$peer_ctx) | (((ct_peer_tag$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$tag) | (((ct_pd$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$pd) | (((ct_flags$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$valid);
        rt_we = 1'b0;
        rt_waddr = wr_data[(32'h0)+:(10)];
        rt_wdata = (((rt_key$q) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$key) | (((rt_len$q[(32'h0)+:(49)]) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$len) | (((rt_pl$q) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$pl) | (((rt_first$q) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$first) | (((rt_pd$q) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$pd) | (((rt_flags$q) & 208'hffffffffffffffffffffffffffffffffffffffffffffffffffff) << at_region$flags);
        if (rst_active) begin
            rt_waddr = rst_sweep[(32'h0)+:(10)];
            rt_wdata = 32'h0;
            sq_ct_waddr = rst_sweep[(32'h0)+:(6)];
            sq_ct_wdata = 32'h0;
            if (rst_sweep < k_regions) begin
                rt_we = 1'b1;
                sq_ct_we = rst_sweep < 32'h40;
            end
        end
        if (clear) begin
            rt_key$d = 32'h0;
            rt_len$d = 32'h0;
            rt_pl$d = 32'h0;
            rt_first$d = 32'h0;
            rt_pd$d = 32'h0;
            rt_flags$d = 32'h0;
            ct_peer_mac$d = 32'h0;
            ct_peer_ctx$d = 32'h0;
            ct_peer_tag$d = 32'h0;
            ct_local_tag$d = 32'h0;
            ct_pd$d = 32'h0;
            ct_flags$d = 32'h0;
            ct_start$d = 32'h0;
        end
        if (wr) begin
            if (wr_addr == addr_rt_key_lo) begin
                rt_key$d = (rt_key$q & k_mask_hi32) | ((wr_data) & 64'hffffffffffffffff);
            end
            else if (wr_addr == addr_rt_key_hi) begin
                rt_key$d = ((rt_key$q[(32'h0)+:(32)]) & 64'hffffffffffffffff) | (((wr_data) & 64'hffffffffffffffff) << at_halves$hi);
            end
            else if (wr_addr == addr_rt_len_lo) begin
                rt_len$d = (rt_len$q & k_mask_hi32) | ((wr_data) & 64'hffffffffffffffff);
            end
            else if (wr_addr == addr_rt_len_hi) begin
                rt_len$d = ((rt_len$q[(32'h0)+:(32)]) & 64'hffffffffffffffff) | (((wr_data) & 64'hffffffffffffffff) << at_halves$hi);
            end
            else if (wr_addr == addr_rt_pl_lo) begin
                rt_pl$d = (rt_pl$q & k_mask_hi32) | ((wr_data) & 64'hffffffffffffffff);
            end
            else if (wr_addr == addr_rt_pl_hi) begin
                rt_pl$d = ((rt_pl$q[(32'h0)+:(32)]) & 64'hffffffffffffffff) | (((wr_data) & 64'hffffffffffffffff) << at_halves$hi);
            end
            else if (wr_addr == addr_rt_first) begin
                rt_first$d = wr_data[(32'h0)+:(12)];
            end
            else if (wr_addr == addr_rt_pd) begin
                rt_pd$d = wr_data[(32'h0)+:(16)];
            end
            else if (wr_addr == addr_rt_flags) begin
                rt_flags$d = wr_data[(32'h0)+:(3)];
            end
            else if (wr_addr == addr_rt_commit) begin
                if (wr_data < ((k_regions) & 32'hffffffff)) begin
                    rt_we = 1'b1;
                    commit = 1'b1;
                end
            end
            else if (wr_addr == addr_ct_peer_mac_lo) begin
                ct_peer_mac$d = (ct_peer_mac$q & k_mask_hi32) | ((wr_data) & 64'hffffffffffffffff);
            end
            else if (wr_addr == addr_ct_peer_mac_hi) begin
                ct_peer_mac$d = ((ct_peer_mac$q[(32'h0)+:(32)]) & 64'hffffffffffffffff) | (((wr_data[(32'h0)+:(16)]) & 64'hffffffffffffffff) << at_halves$mac_hi);
            end
            else if (wr_addr == addr_ct_peer_ctx) begin
                ct_peer_ctx$d = wr_data[(32'h0)+:(16)];
            end
            else if (wr_addr == addr_ct_peer_tag) begin
                ct_peer_tag$d = wr_data;
            end
            else if (wr_addr == addr_ct_local_tag) begin
                ct_local_tag$d = wr_data;
            end
            else if (wr_addr == addr_ct_pd) begin
                ct_pd$d = wr_data[(32'h0)+:(16)];
            end
            else if (wr_addr == addr_ct_flags) begin
                ct_flags$d = wr_data[(32'h0)+:(1)];
            end
            else if (wr_addr == addr_ct_rx_start) begin
                ct_start$d = wr_data;
            end
            else if (wr_addr == addr_ct_commit) begin
                if (wr_data < k_contexts) begin
                    sq_ct_we = 1'b1;
                    ct_pending$d = 1'b1;
                    commit = 1'b1;
                    ct_idx$d = wr_data[(32'h0)+:(6)];
                    ct_start_r$d = ct_start$q;
                    ct_data$d = (((ct_peer_mac$q[(32'h0)+:(48)]) & 113'h1ffffffffffffffffffffffffffff) << at_context$peer_mac) | (((ct_peer_ctx$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$peer_ctx) | (((ct_local_tag$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$tag) | (((ct_pd$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$pd) | (((ct_flags$q) & 113'h1ffffffffffffffffffffffffffff) << at_context$valid);
                end
            end
            else if (wr_addr == addr_ct_arm) begin
                if (wr_data < k_contexts) begin
                    arm_pending$d = 1'b1;
                    arm_idx$d = wr_data[(32'h0)+:(6)];
                end
            end
        end
        rd_hi$d = 32'h0;
        if (rd_addr == addr_rt_key_lo) begin
            rd_hi$d = rt_key$q[(32'h0)+:(32)];
        end
        else if (rd_addr == addr_rt_key_hi) begin
            rd_hi$d = rt_key$q[(at_halves$hi)+:(32)];
        end
        else if (rd_addr == addr_rt_len_lo) begin
            rd_hi$d = rt_len$q[(32'h0)+:(32)];
        end
        else if (rd_addr == addr_rt_len_hi) begin
            rd_hi$d = rt_len$q[(at_halves$hi)+:(32)];
        end
        else if (rd_addr == addr_rt_pl_lo) begin
            rd_hi$d = rt_pl$q[(32'h0)+:(32)];
        end
        else if (rd_addr == addr_rt_pl_hi) begin
            rd_hi$d = rt_pl$q[(at_halves$hi)+:(32)];
        end
        else if (rd_addr == addr_rt_first) begin
            rd_hi$d = ((rt_first$q) & 32'hffffffff);
        end
        else if (rd_addr == addr_rt_pd) begin
            rd_hi$d = ((rt_pd$q) & 32'hffffffff);
        end
        else if (rd_addr == addr_rt_flags) begin
            rd_hi$d = ((rt_flags$q) & 32'hffffffff);
        end
        rd_ct$d = 32'h0;
        if (rd_addr == addr_ct_peer_mac_lo) begin
            rd_ct$d = ct_peer_mac$q[(32'h0)+:(32)];
        end
        else if (rd_addr == addr_ct_peer_mac_hi) begin
            rd_ct$d = ct_peer_mac$q[(at_halves$hi)+:(32)];
        end
        else if (rd_addr == addr_ct_peer_ctx) begin
            rd_ct$d = ((ct_peer_ctx$q) & 32'hffffffff);
        end
        else if (rd_addr == addr_ct_peer_tag) begin
            rd_ct$d = ct_peer_tag$q;
        end
        else if (rd_addr == addr_ct_local_tag) begin
            rd_ct$d = ct_local_tag$q;
        end
        else if (rd_addr == addr_ct_pd) begin
            rd_ct$d = ((ct_pd$q) & 32'hffffffff);
        end
        else if (rd_addr == addr_ct_flags) begin
            rd_ct$d = ((ct_flags$q) & 32'hffffffff);
        end
    end
    
endmodule // top$tables


module top$tables$arm_idx(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$arm_idx


module top$tables$arm_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$arm_pending


module top$tables$ct_data(d,q,clock);
    
    // Module arguments
    input wire  [112:0] d;
    output reg  [112:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 113'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_data


module top$tables$ct_flags(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_flags


module top$tables$ct_idx(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_idx


module top$tables$ct_local_tag(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_local_tag


module top$tables$ct_pd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_pd


module top$tables$ct_peer_ctx(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_peer_ctx


module top$tables$ct_peer_mac(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_peer_mac


module top$tables$ct_peer_tag(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_peer_tag


module top$tables$ct_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_pending


module top$tables$ct_start(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_start


module top$tables$ct_start_r(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$ct_start_r


module top$tables$rd_ct(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rd_ct


module top$tables$rd_hi(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rd_hi


module top$tables$rt_first(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_first


module top$tables$rt_flags(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_flags


module top$tables$rt_key(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_key


module top$tables$rt_len(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_len


module top$tables$rt_pd(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_pd


module top$tables$rt_pl(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tables$rt_pl


module top$tx(clock,txq_data,txq_keep,txq_valid,txq_last,txq_ready,txq_sent,sq_data,sq_keep,sq_valid,sq_last,sq_ready,sq_sent,mac_data,mac_keep,mac_valid,mac_last,mac_ready,pause_tx,pause_quanta,rxbuf_xoff,rxbuf_xon,fill,send_pause,send_quanta,xoff_sent,clear,c_tx_frames,c_tx_writes,c_tx_pause);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] txq_data;
    input wire  [7:0] txq_keep;
    input wire  txq_valid;
    input wire  txq_last;
    output reg  txq_ready;
    input wire  txq_sent;
    input wire  [63:0] sq_data;
    input wire  [7:0] sq_keep;
    input wire  sq_valid;
    input wire  sq_last;
    output reg  sq_ready;
    input wire  sq_sent;
    output reg  [63:0] mac_data;
    output reg  [7:0] mac_keep;
    output reg  mac_valid;
    output reg  mac_last;
    input wire  mac_ready;
    input wire  pause_tx;
    input wire  [15:0] pause_quanta;
    input wire  [31:0] rxbuf_xoff;
    input wire  [31:0] rxbuf_xon;
    input wire  [13:0] fill;
    output reg  send_pause;
    output reg  [15:0] send_quanta;
    output reg  xoff_sent;
    input wire  clear;
    output reg  [31:0] c_tx_frames;
    output reg  [31:0] c_tx_writes;
    output reg  [31:0] c_tx_pause;
    
    // Stub signals
    reg  tx_busy$d;
    wire  tx_busy$q;
    wire tx_busy$clock;
    reg  tx_from_sq$d;
    wire  tx_from_sq$q;
    wire tx_from_sq$clock;
    reg  sq_last_sent$d;
    wire  sq_last_sent$q;
    wire sq_last_sent$clock;
    reg  idle_pick_sq$d;
    wire  idle_pick_sq$q;
    wire idle_pick_sq$clock;
    reg  sent_r$d;
    wire  sent_r$q;
    wire sent_r$clock;
    reg  sq_sent_r$d;
    wire  sq_sent_r$q;
    wire sq_sent_r$clock;
    reg  pause_sent_r$d;
    wire  pause_sent_r$q;
    wire pause_sent_r$clock;
    reg  [31:0] tx_frames$d;
    wire  [31:0] tx_frames$q;
    wire tx_frames$clock;
    reg  [31:0] tx_writes$d;
    wire  [31:0] tx_writes$q;
    wire tx_writes$clock;
    reg  [31:0] tx_pause$d;
    wire  [31:0] tx_pause$q;
    wire tx_pause$clock;
    reg  fill_over_xoff$d;
    wire  fill_over_xoff$q;
    wire fill_over_xoff$clock;
    reg  fill_under_xon$d;
    wire  fill_under_xon$q;
    wire fill_under_xon$clock;
    reg  xoff_sent_r$d;
    wire  xoff_sent_r$q;
    wire xoff_sent_r$clock;
    reg  [23:0] xoff_timer$d;
    wire  [23:0] xoff_timer$q;
    wire xoff_timer$clock;
    
    // Local signals
    reg  tx_pick_sq;
    reg  [1:0] tx_sent_inc;
    reg  [31:0] fill_bytes;
    reg  pause_now;
    reg  [15:0] quanta_now;
    
    // Sub module instances
    top$tx$tx_busy tx_busy(
        .d(tx_busy$d),
        .q(tx_busy$q),
        .clock(tx_busy$clock)
    );
    top$tx$tx_from_sq tx_from_sq(
        .d(tx_from_sq$d),
        .q(tx_from_sq$q),
        .clock(tx_from_sq$clock)
    );
    top$tx$sq_last_sent sq_last_sent(
        .d(sq_last_sent$d),
        .q(sq_last_sent$q),
        .clock(sq_last_sent$clock)
    );
    top$tx$idle_pick_sq idle_pick_sq(
        .d(idle_pick_sq$d),
        .q(idle_pick_sq$q),
        .clock(idle_pick_sq$clock)
    );
    top$tx$sent_r sent_r(
        .d(sent_r$d),
        .q(sent_r$q),
        .clock(sent_r$clock)
    );
    top$tx$sq_sent_r sq_sent_r(
        .d(sq_sent_r$d),
        .q(sq_sent_r$q),
        .clock(sq_sent_r$clock)
    );
    top$tx$pause_sent_r pause_sent_r(
        .d(pause_sent_r$d),
        .q(pause_sent_r$q),
        .clock(pause_sent_r$clock)
    );
    top$tx$tx_frames tx_frames(
        .d(tx_frames$d),
        .q(tx_frames$q),
        .clock(tx_frames$clock)
    );
    top$tx$tx_writes tx_writes(
        .d(tx_writes$d),
        .q(tx_writes$q),
        .clock(tx_writes$clock)
    );
    top$tx$tx_pause tx_pause(
        .d(tx_pause$d),
        .q(tx_pause$q),
        .clock(tx_pause$clock)
    );
    top$tx$fill_over_xoff fill_over_xoff(
        .d(fill_over_xoff$d),
        .q(fill_over_xoff$q),
        .clock(fill_over_xoff$clock)
    );
    top$tx$fill_under_xon fill_under_xon(
        .d(fill_under_xon$d),
        .q(fill_under_xon$q),
        .clock(fill_under_xon$clock)
    );
    top$tx$xoff_sent_r xoff_sent_r(
        .d(xoff_sent_r$d),
        .q(xoff_sent_r$q),
        .clock(xoff_sent_r$clock)
    );
    top$tx$xoff_timer xoff_timer(
        .d(xoff_timer$d),
        .q(xoff_timer$q),
        .clock(xoff_timer$clock)
    );
    
    // Update code
    assign tx_busy$clock = clock;
    assign tx_from_sq$clock = clock;
    assign sq_last_sent$clock = clock;
    assign idle_pick_sq$clock = clock;
    assign sent_r$clock = clock;
    assign sq_sent_r$clock = clock;
    assign pause_sent_r$clock = clock;
    assign tx_frames$clock = clock;
    assign tx_writes$clock = clock;
    assign tx_pause$clock = clock;
    assign fill_over_xoff$clock = clock;
    assign fill_under_xon$clock = clock;
    assign xoff_sent_r$clock = clock;
    assign xoff_timer$clock = clock;
    
    always @(*) begin
        tx_busy$d = tx_busy$q;
        tx_from_sq$d = tx_from_sq$q;
        sq_last_sent$d = sq_last_sent$q;
        idle_pick_sq$d = idle_pick_sq$q;
        sent_r$d = sent_r$q;
        sq_sent_r$d = sq_sent_r$q;
        pause_sent_r$d = pause_sent_r$q;
        tx_frames$d = tx_frames$q;
        tx_writes$d = tx_writes$q;
        tx_pause$d = tx_pause$q;
        fill_over_xoff$d = fill_over_xoff$q;
        fill_under_xon$d = fill_under_xon$q;
        xoff_sent_r$d = xoff_sent_r$q;
        xoff_timer$d = xoff_timer$q;
        tx_pick_sq = tx_from_sq$q;
        if (~tx_busy$q) begin
            tx_pick_sq = idle_pick_sq$q;
        end
        mac_data = txq_data;
        mac_keep = txq_keep;
        mac_valid = txq_valid;
        mac_last = txq_last;
        txq_ready = mac_ready && ~tx_pick_sq;
        sq_ready = mac_ready && tx_pick_sq;
        if (tx_pick_sq) begin
            mac_data = sq_data;
            mac_keep = sq_keep;
            mac_valid = sq_valid;
            mac_last = sq_last;
        end
        if (mac_valid && mac_ready) begin
            tx_busy$d = ~mac_last;
            tx_from_sq$d = tx_pick_sq;
            if (mac_last) begin
                sq_last_sent$d = tx_pick_sq;
            end
        end
        idle_pick_sq$d = sq_valid && (~txq_valid || ~sq_last_sent$d);
        sent_r$d = txq_sent || sq_sent;
        sq_sent_r$d = sq_sent;
        tx_sent_inc = ((sent_r$q) & 2'h3) + ((pause_sent_r$q) & 2'h3);
        tx_frames$d = tx_frames$q + ((tx_sent_inc) & 32'hffffffff);
        if (sq_sent_r$q) begin
            tx_writes$d = tx_writes$q + 32'h1;
        end
        if (pause_sent_r$q) begin
            tx_pause$d = tx_pause$q + 32'h1;
        end
        fill_bytes = ((fill) & 32'hffffffff) << 32'h3;
        fill_over_xoff$d = fill_bytes >= rxbuf_xoff;
        fill_under_xon$d = fill_bytes < rxbuf_xon;
        pause_now = 1'b0;
        quanta_now = pause_quanta;
        if (|xoff_timer$q) begin
            xoff_timer$d = xoff_timer$q - 32'h1;
        end
        if (pause_tx) begin
            if (~xoff_sent_r$q && fill_over_xoff$q) begin
                pause_now = 1'b1;
            end
            else if (xoff_sent_r$q && fill_under_xon$q) begin
                pause_now = 1'b1;
                quanta_now = 32'h0;
            end
            else if (xoff_sent_r$q && ~|xoff_timer$q) begin
                pause_now = 1'b1;
            end
        end
        else if (xoff_sent_r$q) begin
            pause_now = 1'b1;
            quanta_now = 32'h0;
        end
        if (pause_now) begin
            xoff_sent_r$d = |quanta_now;
            xoff_timer$d = ((pause_quanta) & 24'hffffff) << 32'h2;
        end
        send_pause = pause_now;
        send_quanta = quanta_now;
        pause_sent_r$d = pause_now;
        xoff_sent = xoff_sent_r$q;
        if (clear) begin
            tx_writes$d = 32'h0;
            tx_frames$d = 32'h0;
            tx_pause$d = 32'h0;
            sent_r$d = 1'b0;
            sq_sent_r$d = 1'b0;
            pause_sent_r$d = 1'b0;
        end
        c_tx_frames = tx_frames$q;
        c_tx_writes = tx_writes$q;
        c_tx_pause = tx_pause$q;
    end
    
endmodule // top$tx


module top$tx$fill_over_xoff(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$fill_over_xoff


module top$tx$fill_under_xon(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$fill_under_xon


module top$tx$idle_pick_sq(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$idle_pick_sq


module top$tx$pause_sent_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$pause_sent_r


module top$tx$sent_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$sent_r


module top$tx$sq_last_sent(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$sq_last_sent


module top$tx$sq_sent_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$sq_sent_r


module top$tx$tx_busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$tx_busy


module top$tx$tx_frames(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$tx_frames


module top$tx$tx_from_sq(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$tx_from_sq


module top$tx$tx_pause(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$tx_pause


module top$tx$tx_writes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$tx_writes


module top$tx$xoff_sent_r(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$xoff_sent_r


module top$tx$xoff_timer(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$tx$xoff_timer


module top$txq(clock,enable,txq_base,txq_log2,txq_tail,txq_head,rd$req,rd$ready,rd$addr,rd$len,rd$beat,rd$data,rd$last,event$req,event$kind,event$ctx,event$a,event$b,event$ack,tx_data,tx_keep,tx_valid,tx_last,tx_ready,tx_sent,idle);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  [63:0] txq_base;
    input wire  [4:0] txq_log2;
    input wire  [31:0] txq_tail;
    output reg  [31:0] txq_head;
    output reg  rd$req;
    input wire  rd$ready;
    output reg  [63:0] rd$addr;
    output reg  [12:0] rd$len;
    input wire  rd$beat;
    input wire  [63:0] rd$data;
    input wire  rd$last;
    output reg  event$req;
    output reg  [7:0] event$kind;
    output reg  [15:0] event$ctx;
    output reg  [31:0] event$a;
    output reg  [31:0] event$b;
    input wire  event$ack;
    output reg  [63:0] tx_data;
    output reg  [7:0] tx_keep;
    output reg  tx_valid;
    output reg  tx_last;
    input wire  tx_ready;
    output reg  tx_sent;
    output reg  idle;
    
    // Constant declarations
    localparam  k_one32 = 32'h1;
    localparam  k_page = 13'b1000000000000;
    localparam  k_fifo_words = 13'b111111111111;
    localparam  k_ev_tx_done = 8'h5;
    localparam  k_desc_len = 13'b10000;
    localparam  at_buf_desc$len = 10'b0;
    
    // Enums
    localparam TxqState$Idle = 0;
    localparam TxqState$Desc = 1;
    localparam TxqState$DescWait = 2;
    localparam TxqState$Size = 3;
    localparam TxqState$Piece = 4;
    localparam TxqState$Data = 5;
    localparam TxqState$Done = 6;
    localparam TxqState$Event = 7;
    
    // Stub signals
    wire fifo$clock;
    reg  [63:0] fifo$in_data;
    reg  [7:0] fifo$in_keep;
    reg  fifo$in_last;
    reg  fifo$in_write;
    wire  [63:0] fifo$out_data;
    wire  [7:0] fifo$out_keep;
    wire  fifo$out_last;
    wire  fifo$out_valid;
    reg  fifo$out_ready;
    wire  fifo$out_take;
    wire  fifo$out_sent;
    wire  fifo$empty;
    wire align$clock;
    reg  align$start;
    reg  [63:0] align$prefix;
    reg  [3:0] align$prefix_n;
    reg  [13:0] align$feed_len;
    reg  align$next_piece;
    reg  [2:0] align$lead;
    reg  [63:0] align$in_data;
    reg  align$in_valid;
    wire  align$in_take;
    wire  [63:0] align$out_data;
    wire  [7:0] align$out_keep;
    wire  align$out_last;
    wire  align$out_write;
    wire  align$idle;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    wire state$clock;
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    wire head$clock;
    reg  desc_beat$d;
    wire  desc_beat$q;
    wire desc_beat$clock;
    reg  [63:0] addr$d;
    wire  [63:0] addr$q;
    wire addr$clock;
    reg  [13:0] len$d;
    wire  [13:0] len$q;
    wire len$clock;
    reg  [13:0] req_rem$d;
    wire  [13:0] req_rem$q;
    wire req_rem$clock;
    reg  [12:0] used$d;
    wire  [12:0] used$q;
    wire used$clock;
    reg  took_word$d;
    wire  took_word$q;
    wire took_word$clock;
    reg  [31:0] ring_mask$d;
    wire  [31:0] ring_mask$q;
    wire ring_mask$clock;
    reg  [63:0] desc_addr$d;
    wire  [63:0] desc_addr$q;
    wire desc_addr$clock;
    reg  idle_held$d;
    wire  idle_held$q;
    wire idle_held$clock;
    wire addr_step$clock;
    reg  [63:0] addr_step$addr;
    reg  [12:0] addr_step$step;
    wire  [63:0] addr_step$sum;
    reg  [12:0] piece$d;
    wire  [12:0] piece$q;
    wire piece$clock;
    reg  [12:0] frame_words$d;
    wire  [12:0] frame_words$q;
    wire frame_words$clock;
    reg  fits$d;
    wire  fits$q;
    wire fits$clock;
    
    // Local signals
    reg  [12:0] room;
    
    // Sub module instances
    top$txq$fifo fifo(
        .clock(fifo$clock),
        .in_data(fifo$in_data),
        .in_keep(fifo$in_keep),
        .in_last(fifo$in_last),
        .in_write(fifo$in_write),
        .out_data(fifo$out_data),
        .out_keep(fifo$out_keep),
        .out_last(fifo$out_last),
        .out_valid(fifo$out_valid),
        .out_ready(fifo$out_ready),
        .out_take(fifo$out_take),
        .out_sent(fifo$out_sent),
        .empty(fifo$empty)
    );
    top$txq$align align(
        .clock(align$clock),
        .start(align$start),
        .prefix(align$prefix),
        .prefix_n(align$prefix_n),
        .feed_len(align$feed_len),
        .next_piece(align$next_piece),
        .lead(align$lead),
        .in_data(align$in_data),
        .in_valid(align$in_valid),
        .in_take(align$in_take),
        .out_data(align$out_data),
        .out_keep(align$out_keep),
        .out_last(align$out_last),
        .out_write(align$out_write),
        .idle(align$idle)
    );
    top$txq$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$txq$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$txq$desc_beat desc_beat(
        .d(desc_beat$d),
        .q(desc_beat$q),
        .clock(desc_beat$clock)
    );
    top$txq$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    top$txq$len len(
        .d(len$d),
        .q(len$q),
        .clock(len$clock)
    );
    top$txq$req_rem req_rem(
        .d(req_rem$d),
        .q(req_rem$q),
        .clock(req_rem$clock)
    );
    top$txq$used used(
        .d(used$d),
        .q(used$q),
        .clock(used$clock)
    );
    top$txq$took_word took_word(
        .d(took_word$d),
        .q(took_word$q),
        .clock(took_word$clock)
    );
    top$txq$ring_mask ring_mask(
        .d(ring_mask$d),
        .q(ring_mask$q),
        .clock(ring_mask$clock)
    );
    top$txq$desc_addr desc_addr(
        .d(desc_addr$d),
        .q(desc_addr$q),
        .clock(desc_addr$clock)
    );
    top$txq$idle_held idle_held(
        .d(idle_held$d),
        .q(idle_held$q),
        .clock(idle_held$clock)
    );
    top$txq$addr_step addr_step(
        .clock(addr_step$clock),
        .addr(addr_step$addr),
        .step(addr_step$step),
        .sum(addr_step$sum)
    );
    top$txq$piece piece(
        .d(piece$d),
        .q(piece$q),
        .clock(piece$clock)
    );
    top$txq$frame_words frame_words(
        .d(frame_words$d),
        .q(frame_words$q),
        .clock(frame_words$clock)
    );
    top$txq$fits fits(
        .d(fits$d),
        .q(fits$q),
        .clock(fits$clock)
    );
    
    // Update code
    assign ring_mask$clock = clock;
    assign desc_addr$clock = clock;
    assign idle_held$clock = clock;
    assign state$clock = clock;
    assign head$clock = clock;
    assign desc_beat$clock = clock;
    assign addr$clock = clock;
    assign len$clock = clock;
    assign req_rem$clock = clock;
    assign used$clock = clock;
    assign took_word$clock = clock;
    assign piece$clock = clock;
    assign frame_words$clock = clock;
    assign fits$clock = clock;
    assign fifo$clock = clock;
    assign align$clock = clock;
    assign addr_step$clock = clock;
    
    always @(*) begin
        ring_mask$d = ring_mask$q;
        desc_addr$d = desc_addr$q;
        idle_held$d = idle_held$q;
        state$d = state$q;
        head$d = head$q;
        desc_beat$d = desc_beat$q;
        addr$d = addr$q;
        len$d = len$q;
        req_rem$d = req_rem$q;
        used$d = used$q;
        took_word$d = took_word$q;
        piece$d = piece$q;
        frame_words$d = frame_words$q;
        fits$d = fits$q;
        ring_mask$d = (k_one32 << txq_log2) - 32'h1;
        txq_head = head$q;
        room = k_page - ((addr$q[(32'h0)+:(12)]) & 13'h1fff);
        piece$d = room;
        if (((room) & 14'h3fff) > req_rem$q) begin
            piece$d = ((req_rem$q) & 13'h1fff);
        end
        fits$d = (used$q + frame_words$q) <= k_fifo_words;
        addr_step$addr = addr$q;
        addr_step$step = piece$q;
        rd$req = 1'b0;
        rd$addr = addr$q;
        rd$len = piece$q;
        event$req = 1'b0;
        event$kind = k_ev_tx_done;
        event$a = head$q;
        event$ctx = 32'h0;
        event$b = 32'h0;
        idle = (state$q == TxqState$Idle) && fifo$empty;
        tx_data = fifo$out_data;
        tx_keep = fifo$out_keep;
        tx_last = fifo$out_last;
        tx_valid = fifo$out_valid;
        fifo$out_ready = tx_ready;
        tx_sent = fifo$out_sent;
        align$start = 1'b0;
        align$next_piece = 1'b0;
        align$prefix = 32'h0;
        align$prefix_n = 32'h0;
        align$feed_len = len$q;
        align$lead = addr$q[(32'h0)+:(3)];
        align$in_data = rd$data;
        align$in_valid = rd$beat && (state$q == TxqState$Data);
        fifo$in_write = align$out_write;
        fifo$in_data = align$out_data;
        fifo$in_keep = align$out_keep;
        fifo$in_last = align$out_last;
        took_word$d = fifo$out_take;
        if (took_word$q) begin
            used$d = used$q - 32'h1;
        end
        desc_addr$d = txq_base + (((head$q & ring_mask$q) & 64'hffffffffffffffff) << 32'h4);
        idle_held$d = state$q == TxqState$Idle;
        case (state$q)
            TxqState$Idle:
                begin
                    if (idle_held$q && enable && |txq_log2 && (head$q != txq_tail)) begin
                        addr$d = desc_addr$q;
                        state$d = TxqState$Desc;
                    end
                end
            TxqState$Desc:
                begin
                    rd$req = 1'b1;
                    rd$len = k_desc_len;
                    if (rd$ready) begin
                        desc_beat$d = 1'b0;
                        state$d = TxqState$DescWait;
                    end
                end
            TxqState$DescWait:
                begin
                    if (rd$beat) begin
                        desc_beat$d = 1'b1;
                        if (~desc_beat$q) begin
                            addr$d = rd$data;
                        end
                        else begin
                            len$d = rd$data[(at_buf_desc$len)+:(14)];
                            frame_words$d = (((rd$data[(at_buf_desc$len)+:(14)] + 32'h7) >> 32'h3) & 13'h1fff);
                            req_rem$d = rd$data[(at_buf_desc$len)+:(14)];
                            state$d = TxqState$Size;
                        end
                    end
                end
            TxqState$Size:
                begin
                    state$d = TxqState$Piece;
                end
            TxqState$Piece:
                begin
                    if (fits$q) begin
                        rd$req = 1'b1;
                        if (rd$ready) begin
                            align$next_piece = 1'b1;
                            if (req_rem$q == len$q) begin
                                used$d = used$d + frame_words$q;
                                align$start = 1'b1;
                            end
                            req_rem$d = req_rem$q - ((piece$q) & 14'h3fff);
                            addr$d = addr_step$sum;
                            state$d = TxqState$Data;
                        end
                    end
                end
            TxqState$Data:
                begin
                    if (align$in_take && rd$last) begin
                        if (|req_rem$q) begin
                            state$d = TxqState$Piece;
                        end
                        else begin
                            state$d = TxqState$Done;
                        end
                    end
                end
            TxqState$Done:
                begin
                    if (align$idle) begin
                        state$d = TxqState$Event;
                    end
                end
            TxqState$Event:
                begin
                    event$req = 1'b1;
                    if (event$ack) begin
                        head$d = head$q + 32'h1;
                        state$d = TxqState$Idle;
                    end
                end
            default:
                begin
                    state$d = TxqState$Idle;
                end
        endcase
    end
    
endmodule // top$txq


module top$txq$addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$addr


module top$txq$addr_step(clock,addr,step,sum);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] addr;
    input wire  [12:0] step;
    output reg  [63:0] sum;
    
    // Stub signals
    reg  [51:0] page_after$d;
    wire  [51:0] page_after$q;
    wire page_after$clock;
    
    // Local signals
    reg  [12:0] offset_sum;
    
    // Sub module instances
    top$txq$addr_step$page_after page_after(
        .d(page_after$d),
        .q(page_after$q),
        .clock(page_after$clock)
    );
    
    // Update code
    assign page_after$clock = clock;
    
    always @(*) begin
        page_after$d = page_after$q;
        page_after$d = addr[(32'hc)+:(52)] + 32'h1;
        offset_sum = ((addr[(32'h0)+:(12)]) & 13'h1fff) + step;
        sum = (((addr[(32'hc)+:(52)]) & 64'hffffffffffffffff) << 32'hc) | ((offset_sum[(32'h0)+:(12)]) & 64'hffffffffffffffff);
        if (offset_sum[32'hc]) begin
            sum = ((page_after$q) & 64'hffffffffffffffff) << 32'hc;
        end
    end
    
endmodule // top$txq$addr_step


module top$txq$addr_step$page_after(d,q,clock);
    
    // Module arguments
    input wire  [51:0] d;
    output reg  [51:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 52'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$addr_step$page_after


module top$txq$align(clock,start,prefix,prefix_n,feed_len,next_piece,lead,in_data,in_valid,in_take,out_data,out_keep,out_last,out_write,idle);
    
    // Module arguments
    input wire  clock;
    input wire  start;
    input wire  [63:0] prefix;
    input wire  [3:0] prefix_n;
    input wire  [13:0] feed_len;
    input wire  next_piece;
    input wire  [2:0] lead;
    input wire  [63:0] in_data;
    input wire  in_valid;
    output reg  in_take;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  out_write;
    output reg  idle;
    
    // Constant declarations
    localparam  k_ones8 = 8'hff;
    localparam  k_ones64 = 64'hffffffffffffffff;
    
    // Stub signals
    reg  [127:0] acc$d;
    wire  [127:0] acc$q;
    wire acc$clock;
    reg  [4:0] acc_n$d;
    wire  [4:0] acc_n$q;
    wire acc_n$clock;
    reg  [14:0] out_rem$d;
    wire  [14:0] out_rem$q;
    wire out_rem$clock;
    reg  [3:0] out_n$d;
    wire  [3:0] out_n$q;
    wire out_n$clock;
    reg  [13:0] feed_rem$d;
    wire  [13:0] feed_rem$q;
    wire feed_rem$clock;
    reg  feed_hi$d;
    wire  feed_hi$q;
    wire feed_hi$clock;
    reg  [2:0] first_lane$d;
    wire  [2:0] first_lane$q;
    wire first_lane$clock;
    reg  [3:0] in_n$d;
    wire  [3:0] in_n$q;
    wire in_n$clock;
    reg  [63:0] in_mask$d;
    wire  [63:0] in_mask$q;
    wire in_mask$clock;
    reg  [3:0] start_n$d;
    wire  [3:0] start_n$q;
    wire start_n$clock;
    reg  [63:0] start_mask$d;
    wire  [63:0] start_mask$q;
    wire start_mask$clock;
    reg  [14:0] frame_len$d;
    wire  [14:0] frame_len$q;
    wire frame_len$clock;
    reg  [3:0] start_out_n$d;
    wire  [3:0] start_out_n$q;
    wire start_out_n$clock;
    
    // Local signals
    reg  out_fire;
    reg  in_fire;
    reg  [2:0] turn;
    reg  [127:0] turned;
    reg  [63:0] rotated;
    reg  [191:0] wide;
    reg  [13:0] fed;
    reg  [3:0] fed_low;
    reg  [3:0] fed_n;
    reg  [3:0] piece_end_lane;
    reg  [3:0] start_end_lane;
    reg  [3:0] piece_n;
    reg  [63:0] piece_mask;
    reg  [14:0] sent;
    reg  [3:0] sent_n;
    
    // Sub module instances
    top$txq$align$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$txq$align$acc_n acc_n(
        .d(acc_n$d),
        .q(acc_n$q),
        .clock(acc_n$clock)
    );
    top$txq$align$out_rem out_rem(
        .d(out_rem$d),
        .q(out_rem$q),
        .clock(out_rem$clock)
    );
    top$txq$align$out_n out_n(
        .d(out_n$d),
        .q(out_n$q),
        .clock(out_n$clock)
    );
    top$txq$align$feed_rem feed_rem(
        .d(feed_rem$d),
        .q(feed_rem$q),
        .clock(feed_rem$clock)
    );
    top$txq$align$feed_hi feed_hi(
        .d(feed_hi$d),
        .q(feed_hi$q),
        .clock(feed_hi$clock)
    );
    top$txq$align$first_lane first_lane(
        .d(first_lane$d),
        .q(first_lane$q),
        .clock(first_lane$clock)
    );
    top$txq$align$in_n in_n(
        .d(in_n$d),
        .q(in_n$q),
        .clock(in_n$clock)
    );
    top$txq$align$in_mask in_mask(
        .d(in_mask$d),
        .q(in_mask$q),
        .clock(in_mask$clock)
    );
    top$txq$align$start_n start_n(
        .d(start_n$d),
        .q(start_n$q),
        .clock(start_n$clock)
    );
    top$txq$align$start_mask start_mask(
        .d(start_mask$d),
        .q(start_mask$q),
        .clock(start_mask$clock)
    );
    top$txq$align$frame_len frame_len(
        .d(frame_len$d),
        .q(frame_len$q),
        .clock(frame_len$clock)
    );
    top$txq$align$start_out_n start_out_n(
        .d(start_out_n$d),
        .q(start_out_n$q),
        .clock(start_out_n$clock)
    );
    
    // Update code
    assign acc$clock = clock;
    assign acc_n$clock = clock;
    assign out_rem$clock = clock;
    assign out_n$clock = clock;
    assign feed_rem$clock = clock;
    assign feed_hi$clock = clock;
    assign first_lane$clock = clock;
    assign in_n$clock = clock;
    assign in_mask$clock = clock;
    assign start_n$clock = clock;
    assign start_mask$clock = clock;
    assign frame_len$clock = clock;
    assign start_out_n$clock = clock;
    
    always @(*) begin
        acc$d = acc$q;
        acc_n$d = acc_n$q;
        out_rem$d = out_rem$q;
        out_n$d = out_n$q;
        feed_rem$d = feed_rem$q;
        feed_hi$d = feed_hi$q;
        first_lane$d = first_lane$q;
        in_n$d = in_n$q;
        in_mask$d = in_mask$q;
        start_n$d = start_n$q;
        start_mask$d = start_mask$q;
        frame_len$d = frame_len$q;
        start_out_n$d = start_out_n$q;
        out_fire = |out_n$q && (((out_n$q) & 5'h1f) <= acc_n$q);
        in_fire = in_valid && |in_n$q;
        in_take = in_fire;
        out_write = out_fire;
        out_data = acc$q[(32'h0)+:(64)];
        out_keep = ~(k_ones8 << out_n$q);
        out_last = out_rem$q <= 32'h8;
        idle = ~|out_n$q;
        turn = acc_n$q[(32'h0)+:(3)] - first_lane$q;
        turned = ((in_data & in_mask$q) & 128'hffffffffffffffffffffffffffffffff) << (((turn) & 7'h7f) << 32'h3);
        rotated = turned[(32'h0)+:(64)] | turned[(32'h40)+:(64)];
        wide = ((acc$q) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff);
        if (in_fire) begin
            wide = wide | ((((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) | (((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((rotated) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80)) & (((k_ones64) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << (((acc_n$q) & 8'hff) << 32'h3)));
        end
        acc$d = wide[(32'h0)+:(128)];
        if (out_fire) begin
            acc$d = wide[(32'h40)+:(128)];
        end
        fed = feed_rem$q - ((in_n$q) & 14'h3fff);
        fed_low = feed_rem$q[(32'h0)+:(4)] - in_n$q;
        fed_n = 32'h8;
        if (~feed_hi$q && ~fed_low[32'h3]) begin
            fed_n = fed_low;
        end
        piece_end_lane = ((lead) & 4'hf) + ((feed_rem$q[(32'h0)+:(3)]) & 4'hf);
        if (|feed_rem$q[(32'h3)+:(11)] || (piece_end_lane > 32'h8)) begin
            piece_end_lane = 32'h8;
        end
        start_end_lane = ((lead) & 4'hf) + ((feed_len[(32'h0)+:(3)]) & 4'hf);
        if (|feed_len[(32'h3)+:(11)] || (start_end_lane > 32'h8)) begin
            start_end_lane = 32'h8;
        end
        piece_n = piece_end_lane - ((lead) & 4'hf);
        start_n$d = start_end_lane - ((lead) & 4'hf);
        piece_mask = (k_ones64 << (((lead) & 7'h7f) << 32'h3)) & ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((piece_end_lane) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        start_mask$d = (k_ones64 << (((lead) & 7'h7f) << 32'h3)) & ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((start_end_lane) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        sent = out_rem$q - ((out_n$q) & 15'h7fff);
        sent_n = 32'h8;
        if (~|out_rem$q[(32'h4)+:(11)]) begin
            sent_n = 32'h0;
            if (out_rem$q[32'h3]) begin
                sent_n = ((out_rem$q[(32'h0)+:(3)]) & 4'hf);
            end
        end
        frame_len$d = ((feed_len) & 15'h7fff) + ((prefix_n) & 15'h7fff);
        start_out_n$d = 32'h8;
        if (frame_len$d < 32'h8) begin
            start_out_n$d = frame_len$d[(32'h0)+:(4)];
        end
        if (in_fire) begin
            feed_rem$d = fed;
            feed_hi$d = |fed[(32'h4)+:(10)];
            first_lane$d = 32'h0;
            in_n$d = fed_n;
            in_mask$d = ~((((k_ones64) & 128'hffffffffffffffffffffffffffffffff) << (((fed_n) & 8'hff) << 32'h3)) & 64'hffffffffffffffff);
        end
        if (next_piece) begin
            first_lane$d = lead;
            in_n$d = piece_n;
            in_mask$d = piece_mask;
        end
        if (out_fire) begin
            out_rem$d = sent;
            out_n$d = sent_n;
        end
        if (in_fire && out_fire) begin
            acc_n$d = acc_n$q + ((in_n$q) & 5'h1f) - ((out_n$q) & 5'h1f);
        end
        else if (in_fire) begin
            acc_n$d = acc_n$q + ((in_n$q) & 5'h1f);
        end
        else if (out_fire) begin
            acc_n$d = acc_n$q - ((out_n$q) & 5'h1f);
        end
        if (start) begin
            acc$d = ((prefix) & 128'hffffffffffffffffffffffffffffffff);
            acc_n$d = ((prefix_n) & 5'h1f);
            out_rem$d = frame_len$q;
            out_n$d = start_out_n$q;
            feed_rem$d = feed_len;
            feed_hi$d = |feed_len[(32'h4)+:(10)];
            first_lane$d = lead;
            in_n$d = start_n$q;
            in_mask$d = start_mask$q;
        end
    end
    
endmodule // top$txq$align


module top$txq$align$acc(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$acc


module top$txq$align$acc_n(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$acc_n


module top$txq$align$feed_hi(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$feed_hi


module top$txq$align$feed_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$feed_rem


module top$txq$align$first_lane(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$first_lane


module top$txq$align$frame_len(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$frame_len


module top$txq$align$in_mask(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$in_mask


module top$txq$align$in_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$in_n


module top$txq$align$out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$out_n


module top$txq$align$out_rem(d,q,clock);
    
    // Module arguments
    input wire  [14:0] d;
    output reg  [14:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 15'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$out_rem


module top$txq$align$start_mask(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$start_mask


module top$txq$align$start_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$start_n


module top$txq$align$start_out_n(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$align$start_out_n


module top$txq$desc_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$desc_addr


module top$txq$desc_beat(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$desc_beat


module top$txq$fifo(clock,in_data,in_keep,in_last,in_write,out_data,out_keep,out_last,out_valid,out_ready,out_take,out_sent,empty);
    
    // Module arguments
    input wire  clock;
    input wire  [63:0] in_data;
    input wire  [7:0] in_keep;
    input wire  in_last;
    input wire  in_write;
    output reg  [63:0] out_data;
    output reg  [7:0] out_keep;
    output reg  out_last;
    output reg  out_valid;
    input wire  out_ready;
    output reg  out_take;
    output reg  out_sent;
    output reg  empty;
    
    // Constant declarations
    localparam  k_last = 73'h1000000000000000000;
    localparam  at_frame_word$data = 10'b0;
    localparam  at_frame_word$keep = 10'b1000000;
    localparam  at_frame_word$last = 10'b1001000;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$write;
    reg  [72:0] fifo$data_in;
    wire  fifo$full;
    reg  fifo$read;
    wire  [72:0] fifo$data_out;
    wire  fifo$empty;
    reg  [11:0] frames$d;
    wire  [11:0] frames$q;
    wire frames$clock;
    reg  sending$d;
    wire  sending$q;
    wire sending$clock;
    reg  queued$d;
    wire  queued$q;
    wire queued$clock;
    
    // Local signals
    reg  several;
    reg  arrives;
    reg  starts;
    reg  [11:0] frames_up;
    reg  [11:0] frames_down;
    reg  [72:0] word_in;
    
    // Sub module instances
    top$txq$fifo$fifo fifo(
        .clock(fifo$clock),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty)
    );
    top$txq$fifo$frames frames(
        .d(frames$d),
        .q(frames$q),
        .clock(frames$clock)
    );
    top$txq$fifo$sending sending(
        .d(sending$d),
        .q(sending$q),
        .clock(sending$clock)
    );
    top$txq$fifo$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    
    // Update code
    assign frames$clock = clock;
    assign sending$clock = clock;
    assign queued$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        frames$d = frames$q;
        sending$d = sending$q;
        queued$d = queued$q;
        fifo$write = in_write;
        word_in = (((in_data) & 73'h1ffffffffffffffffff) << at_frame_word$data) | (((in_keep) & 73'h1ffffffffffffffffff) << at_frame_word$keep);
        if (in_last) begin
            word_in = word_in | k_last;
        end
        fifo$data_in = word_in;
        arrives = in_write && in_last;
        out_data = fifo$data_out[(at_frame_word$data)+:(64)];
        out_keep = fifo$data_out[(at_frame_word$keep)+:(8)];
        out_last = fifo$data_out[at_frame_word$last];
        out_valid = ~fifo$empty && (sending$q || queued$q);
        out_take = out_valid && out_ready;
        fifo$read = out_take;
        out_sent = out_take && fifo$data_out[at_frame_word$last];
        starts = out_take && ~sending$q;
        if (out_take) begin
            sending$d = ~fifo$data_out[at_frame_word$last];
        end
        frames_up = frames$q + 32'h1;
        frames_down = frames$q - 32'h1;
        if (arrives && ~starts) begin
            frames$d = frames_up;
        end
        else if (starts && ~arrives) begin
            frames$d = frames_down;
        end
        several = |frames$q[(32'h1)+:(11)];
        queued$d = arrives || several || (queued$q && ~starts);
        empty = ~sending$q && ~queued$q;
    end
    
endmodule // top$txq$fifo


module top$txq$fifo$fifo(clock,write,data_in,full,read,data_out,empty);
    
    // Module arguments
    input wire  clock;
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    
    // Stub signals
    wire fifo$clock;
    reg  fifo$read;
    wire  [72:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [72:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [72:0] head$d;
    wire  [72:0] head$q;
    wire head$clock;
    reg  head_valid$d;
    wire  head_valid$q;
    wire head_valid$clock;
    reg  [72:0] second$d;
    wire  [72:0] second$q;
    wire second$clock;
    reg  second_valid$d;
    wire  second_valid$q;
    wire second_valid$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$txq$fifo$fifo$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    top$txq$fifo$fifo$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    top$txq$fifo$fifo$head_valid head_valid(
        .d(head_valid$d),
        .q(head_valid$q),
        .clock(head_valid$clock)
    );
    top$txq$fifo$fifo$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    top$txq$fifo$fifo$second_valid second_valid(
        .d(second_valid$d),
        .q(second_valid$q),
        .clock(second_valid$clock)
    );
    
    // Update code
    assign head$clock = clock;
    assign head_valid$clock = clock;
    assign second$clock = clock;
    assign second_valid$clock = clock;
    assign fifo$clock = clock;
    
    always @(*) begin
        head$d = head$q;
        head_valid$d = head_valid$q;
        second$d = second$q;
        second_valid$d = second_valid$q;
        fifo$write = write;
        fifo$data_in = data_in;
        full = fifo$full;
        data_out = head$q;
        empty = ~head_valid$q;
        take = ~fifo$empty && ~second_valid$q;
        fifo$read = take;
        if (read && head_valid$q) begin
            if (second_valid$q) begin
                head$d = second$q;
                second_valid$d = 1'b0;
            end
            else begin
                head$d = fifo$data_out;
                head_valid$d = take;
            end
        end
        else if (~head_valid$q) begin
            head$d = fifo$data_out;
            head_valid$d = take;
        end
        else if (take) begin
            second$d = fifo$data_out;
            second_valid$d = 1'b1;
        end
    end
    
endmodule // top$txq$fifo$fifo


module top$txq$fifo$fifo$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [11:0] ram$read_address;
    wire ram$read_clock;
    wire  [72:0] ram$read_data;
    reg  [11:0] ram$write_address;
    wire ram$write_clock;
    reg  [72:0] ram$write_data;
    reg  ram$write_enable;
    wire read_logic$clock;
    reg  read_logic$read;
    wire  [72:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [12:0] read_logic$write_address_delayed;
    wire  [11:0] read_logic$ram_read_address;
    reg  [72:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [12:0] read_logic$read_address_out;
    wire  [12:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [72:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    wire write_logic$clock;
    wire  [11:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [72:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [12:0] write_logic$read_address;
    wire  [12:0] write_logic$write_address_delayed;
    wire  [12:0] write_logic$fill_level;
    
    // Sub module instances
    top$txq$fifo$fifo$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    top$txq$fifo$fifo$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    top$txq$fifo$fifo$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    assign read_logic$clock = clock;
    assign write_logic$clock = clock;
    assign ram$write_clock = clock;
    assign ram$read_clock = clock;
    
    always @(*) begin
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // top$txq$fifo$fifo$fifo


module top$txq$fifo$fifo$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [11:0] read_address;
    input wire  read_clock;
    output reg  [72:0] read_data;
    input wire  [11:0] write_address;
    input wire  write_clock;
    input wire  [72:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[72:0] mem[4095:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // top$txq$fifo$fifo$fifo$ram


module top$txq$fifo$fifo$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [72:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [12:0] write_address_delayed;
    output reg  [11:0] ram_read_address;
    input wire  [72:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [12:0] read_address_out;
    output reg  [12:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 13'b111111111111;
    localparam  fifo_size = 13'b1000000000000;
    localparam  block_size = 13'b1;
    
    // Stub signals
    reg  [12:0] read_address$d;
    wire  [12:0] read_address$q;
    wire read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    wire dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$txq$fifo$fifo$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    top$txq$fifo$fifo$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    assign read_address$clock = clock;
    assign dff_underflow$clock = clock;
    
    always @(*) begin
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 12'hfff);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 12'hfff);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // top$txq$fifo$fifo$fifo$read_logic


module top$txq$fifo$fifo$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$fifo$read_logic$dff_underflow


module top$txq$fifo$fifo$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$fifo$read_logic$read_address


module top$txq$fifo$fifo$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [72:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [11:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [72:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [12:0] read_address;
    output reg  [12:0] write_address_delayed;
    output reg  [12:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 13'b111111111111;
    localparam  fifo_size = 13'b1000000000000;
    localparam  almost_full_level = 13'b111111111111;
    
    // Stub signals
    reg  [12:0] write_address$d;
    wire  [12:0] write_address$q;
    wire write_address$clock;
    reg  [12:0] dff_write_address_delay$d;
    wire  [12:0] dff_write_address_delay$q;
    wire dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    wire dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    top$txq$fifo$fifo$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    top$txq$fifo$fifo$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    top$txq$fifo$fifo$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    assign dff_overflow$clock = clock;
    assign write_address$clock = clock;
    assign dff_write_address_delay$clock = clock;
    
    always @(*) begin
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 12'hfff);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // top$txq$fifo$fifo$fifo$write_logic


module top$txq$fifo$fifo$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$fifo$write_logic$dff_overflow


module top$txq$fifo$fifo$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$fifo$write_logic$dff_write_address_delay


module top$txq$fifo$fifo$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$fifo$write_logic$write_address


module top$txq$fifo$fifo$head(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$head


module top$txq$fifo$fifo$head_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$head_valid


module top$txq$fifo$fifo$second(d,q,clock);
    
    // Module arguments
    input wire  [72:0] d;
    output reg  [72:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 73'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$second


module top$txq$fifo$fifo$second_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$fifo$second_valid


module top$txq$fifo$frames(d,q,clock);
    
    // Module arguments
    input wire  [11:0] d;
    output reg  [11:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 12'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$frames


module top$txq$fifo$queued(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$queued


module top$txq$fifo$sending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fifo$sending


module top$txq$fits(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$fits


module top$txq$frame_words(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$frame_words


module top$txq$head(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$head


module top$txq$idle_held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$idle_held


module top$txq$len(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$len


module top$txq$piece(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$piece


module top$txq$req_rem(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$req_rem


module top$txq$ring_mask(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$ring_mask


module top$txq$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam TxqState$Idle = 0;
    localparam TxqState$Desc = 1;
    localparam TxqState$DescWait = 2;
    localparam TxqState$Size = 3;
    localparam TxqState$Piece = 4;
    localparam TxqState$Data = 5;
    localparam TxqState$Done = 6;
    localparam TxqState$Event = 7;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$state


module top$txq$took_word(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$took_word


module top$txq$used(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq$used


module top$txq_tail(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$txq_tail


module top$wr_addr(d,q,clock);
    
    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 13'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_addr


module top$wr_data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_data


module top$wr_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_q


module top$wr_rel(d,q,clock);
    
    // Module arguments
    input wire  [6:0] d;
    output reg  [6:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 7'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_rel


module top$wr_ring(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$wr_ring
