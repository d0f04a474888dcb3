

module top(clock,tx_data,tx_keep,tx_valid,tx_last,tx_ready,tx_paused,tx_send_pause,tx_send_pause_quanta,station,xgmii_txd,xgmii_txc,xgmii_rxd,xgmii_rxc,rx_data,rx_keep,rx_valid,rx_last,rx_error,rx_pause_enable,rx_pause_load,rx_pause_quanta,rx_frames,rx_bad_fcs,rx_runt,rx_oversize,rx_pause,rx_unsupported,link_local_fault,link_remote_fault,link_local_faults,link_remote_faults);
    
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
    top$tx tx(
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
    top$rx rx(
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
    top$fault fault(
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
    
endmodule // top


module top$fault(clock,rxd,rxc,local_fault,remote_fault,local_faults,remote_faults);
    
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
    top$fault$wire_d wire_d(
        .d(wire_d$d),
        .q(wire_d$q),
        .clock(wire_d$clock)
    );
    top$fault$wire_c wire_c(
        .d(wire_c$d),
        .q(wire_c$q),
        .clock(wire_c$clock)
    );
    top$fault$seq_local seq_local(
        .d(seq_local$d),
        .q(seq_local$q),
        .clock(seq_local$clock)
    );
    top$fault$seq_remote seq_remote(
        .d(seq_remote$d),
        .q(seq_remote$q),
        .clock(seq_remote$clock)
    );
    top$fault$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$fault$count_remote count_remote(
        .d(count_remote$d),
        .q(count_remote$q),
        .clock(count_remote$clock)
    );
    top$fault$quiet quiet(
        .d(quiet$d),
        .q(quiet$q),
        .clock(quiet$clock)
    );
    top$fault$fault_local fault_local(
        .d(fault_local$d),
        .q(fault_local$q),
        .clock(fault_local$clock)
    );
    top$fault$fault_remote fault_remote(
        .d(fault_remote$d),
        .q(fault_remote$q),
        .clock(fault_remote$clock)
    );
    top$fault$local_r local_r(
        .d(local_r$d),
        .q(local_r$q),
        .clock(local_r$clock)
    );
    top$fault$remote_r remote_r(
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
    
endmodule // top$fault


module top$fault$count(d,q,clock);
    
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
          
endmodule // top$fault$count


module top$fault$count_remote(d,q,clock);
    
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
          
endmodule // top$fault$count_remote


module top$fault$fault_local(d,q,clock);
    
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
          
endmodule // top$fault$fault_local


module top$fault$fault_remote(d,q,clock);
    
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
          
endmodule // top$fault$fault_remote


module top$fault$local_r(d,q,clock);
    
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
          
endmodule // top$fault$local_r


module top$fault$quiet(d,q,clock);
    
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
          
endmodule // top$fault$quiet


module top$fault$remote_r(d,q,clock);
    
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
          
endmodule // top$fault$remote_r


module top$fault$seq_local(d,q,clock);
    
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
          
endmodule // top$fault$seq_local


module top$fault$seq_remote(d,q,clock);
    
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
          
endmodule // top$fault$seq_remote


module top$fault$wire_c(d,q,clock);
    
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
          
endmodule // top$fault$wire_c


module top$fault$wire_d(d,q,clock);
    
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
          
endmodule // top$fault$wire_d


module top$rx(clock,rxd,rxc,station,data,keep,valid,last,error,pause_quanta,pause_load,rx_frames,rx_bad_fcs,rx_runt,rx_oversize,rx_pause,rx_unsupported);
    
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
    top$rx$w_d w_d(
        .d(w_d$d),
        .q(w_d$q),
        .clock(w_d$clock)
    );
    top$rx$w_c w_c(
        .d(w_c$d),
        .q(w_c$q),
        .clock(w_c$clock)
    );
    top$rx$w_start0 w_start0(
        .d(w_start0$d),
        .q(w_start0$q),
        .clock(w_start0$clock)
    );
    top$rx$w_start4 w_start4(
        .d(w_start4$d),
        .q(w_start4$q),
        .clock(w_start4$clock)
    );
    top$rx$shifted shifted(
        .d(shifted$d),
        .q(shifted$q),
        .clock(shifted$clock)
    );
    top$rx$a_d a_d(
        .d(a_d$d),
        .q(a_d$q),
        .clock(a_d$clock)
    );
    top$rx$a_c a_c(
        .d(a_c$d),
        .q(a_c$q),
        .clock(a_c$clock)
    );
    top$rx$b_d b_d(
        .d(b_d$d),
        .q(b_d$q),
        .clock(b_d$clock)
    );
    top$rx$b_start b_start(
        .d(b_start$d),
        .q(b_start$q),
        .clock(b_start$clock)
    );
    top$rx$b_preamble b_preamble(
        .d(b_preamble$d),
        .q(b_preamble$q),
        .clock(b_preamble$clock)
    );
    top$rx$b_ctrl b_ctrl(
        .d(b_ctrl$d),
        .q(b_ctrl$q),
        .clock(b_ctrl$clock)
    );
    top$rx$b_len b_len(
        .d(b_len$d),
        .q(b_len$q),
        .clock(b_len$clock)
    );
    top$rx$b_short b_short(
        .d(b_short$d),
        .q(b_short$q),
        .clock(b_short$clock)
    );
    top$rx$b_runt b_runt(
        .d(b_runt$d),
        .q(b_runt$q),
        .clock(b_runt$clock)
    );
    top$rx$b_over b_over(
        .d(b_over$d),
        .q(b_over$q),
        .clock(b_over$clock)
    );
    top$rx$b_keep b_keep(
        .d(b_keep$d),
        .q(b_keep$q),
        .clock(b_keep$clock)
    );
    top$rx$b_term b_term(
        .d(b_term$d),
        .q(b_term$q),
        .clock(b_term$clock)
    );
    top$rx$b_pause_dst b_pause_dst(
        .d(b_pause_dst$d),
        .q(b_pause_dst$q),
        .clock(b_pause_dst$clock)
    );
    top$rx$b_ctl_type b_ctl_type(
        .d(b_ctl_type$d),
        .q(b_ctl_type$q),
        .clock(b_ctl_type$clock)
    );
    top$rx$b_pause_op b_pause_op(
        .d(b_pause_op$d),
        .q(b_pause_op$q),
        .clock(b_pause_op$clock)
    );
    top$rx$in_frame in_frame(
        .d(in_frame$d),
        .q(in_frame$q),
        .clock(in_frame$clock)
    );
    top$rx$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    top$rx$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$rx$bad_ctrl bad_ctrl(
        .d(bad_ctrl$d),
        .q(bad_ctrl$q),
        .clock(bad_ctrl$clock)
    );
    top$rx$pause_dst pause_dst(
        .d(pause_dst$d),
        .q(pause_dst$q),
        .clock(pause_dst$clock)
    );
    top$rx$is_ctl is_ctl(
        .d(is_ctl$d),
        .q(is_ctl$q),
        .clock(is_ctl$clock)
    );
    top$rx$is_pause is_pause(
        .d(is_pause$d),
        .q(is_pause$q),
        .clock(is_pause$clock)
    );
    top$rx$quanta quanta(
        .d(quanta$d),
        .q(quanta$q),
        .clock(quanta$clock)
    );
    top$rx$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    top$rx$hold_valid hold_valid(
        .d(hold_valid$d),
        .q(hold_valid$q),
        .clock(hold_valid$clock)
    );
    top$rx$hold_keep hold_keep(
        .d(hold_keep$d),
        .q(hold_keep$q),
        .clock(hold_keep$clock)
    );
    top$rx$crc crc(
        .clock(crc$clock),
        .start(crc$start),
        .valid(crc$valid),
        .data(crc$data),
        .keep(crc$keep),
        .fcs(crc$fcs)
    );
    top$rx$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    top$rx$tail_k tail_k(
        .d(tail_k$d),
        .q(tail_k$q),
        .clock(tail_k$clock)
    );
    top$rx$short_f short_f(
        .d(short_f$d),
        .q(short_f$q),
        .clock(short_f$clock)
    );
    top$rx$runt_f runt_f(
        .d(runt_f$d),
        .q(runt_f$q),
        .clock(runt_f$clock)
    );
    top$rx$over_f over_f(
        .d(over_f$d),
        .q(over_f$q),
        .clock(over_f$clock)
    );
    top$rx$is_bad is_bad(
        .d(is_bad$d),
        .q(is_bad$q),
        .clock(is_bad$clock)
    );
    top$rx$is_runt is_runt(
        .d(is_runt$d),
        .q(is_runt$q),
        .clock(is_runt$clock)
    );
    top$rx$is_over is_over(
        .d(is_over$d),
        .q(is_over$q),
        .clock(is_over$clock)
    );
    top$rx$is_good is_good(
        .d(is_good$d),
        .q(is_good$q),
        .clock(is_good$clock)
    );
    top$rx$got_pause got_pause(
        .d(got_pause$d),
        .q(got_pause$q),
        .clock(got_pause$clock)
    );
    top$rx$got_unsupported got_unsupported(
        .d(got_unsupported$d),
        .q(got_unsupported$q),
        .clock(got_unsupported$clock)
    );
    top$rx$data_r data_r(
        .d(data_r$d),
        .q(data_r$q),
        .clock(data_r$clock)
    );
    top$rx$keep_r keep_r(
        .d(keep_r$d),
        .q(keep_r$q),
        .clock(keep_r$clock)
    );
    top$rx$valid_r valid_r(
        .d(valid_r$d),
        .q(valid_r$q),
        .clock(valid_r$clock)
    );
    top$rx$last_r last_r(
        .d(last_r$d),
        .q(last_r$q),
        .clock(last_r$clock)
    );
    top$rx$error_r error_r(
        .d(error_r$d),
        .q(error_r$q),
        .clock(error_r$clock)
    );
    top$rx$pause_quanta_r pause_quanta_r(
        .d(pause_quanta_r$d),
        .q(pause_quanta_r$q),
        .clock(pause_quanta_r$clock)
    );
    top$rx$pause_load_r pause_load_r(
        .d(pause_load_r$d),
        .q(pause_load_r$q),
        .clock(pause_load_r$clock)
    );
    top$rx$frames_r frames_r(
        .d(frames_r$d),
        .q(frames_r$q),
        .clock(frames_r$clock)
    );
    top$rx$bad_fcs_r bad_fcs_r(
        .d(bad_fcs_r$d),
        .q(bad_fcs_r$q),
        .clock(bad_fcs_r$clock)
    );
    top$rx$runt_r runt_r(
        .d(runt_r$d),
        .q(runt_r$q),
        .clock(runt_r$clock)
    );
    top$rx$oversize_r oversize_r(
        .d(oversize_r$d),
        .q(oversize_r$q),
        .clock(oversize_r$clock)
    );
    top$rx$pause_r pause_r(
        .d(pause_r$d),
        .q(pause_r$q),
        .clock(pause_r$clock)
    );
    top$rx$unsupported_r unsupported_r(
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
    
endmodule // top$rx


module top$rx$a_c(d,q,clock);
    
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
          
endmodule // top$rx$a_c


module top$rx$a_d(d,q,clock);
    
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
          
endmodule // top$rx$a_d


module top$rx$b_ctl_type(d,q,clock);
    
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
          
endmodule // top$rx$b_ctl_type


module top$rx$b_ctrl(d,q,clock);
    
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
          
endmodule // top$rx$b_ctrl


module top$rx$b_d(d,q,clock);
    
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
          
endmodule // top$rx$b_d


module top$rx$b_keep(d,q,clock);
    
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
          
endmodule // top$rx$b_keep


module top$rx$b_len(d,q,clock);
    
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
          
endmodule // top$rx$b_len


module top$rx$b_over(d,q,clock);
    
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
          
endmodule // top$rx$b_over


module top$rx$b_pause_dst(d,q,clock);
    
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
          
endmodule // top$rx$b_pause_dst


module top$rx$b_pause_op(d,q,clock);
    
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
          
endmodule // top$rx$b_pause_op


module top$rx$b_preamble(d,q,clock);
    
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
          
endmodule // top$rx$b_preamble


module top$rx$b_runt(d,q,clock);
    
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
          
endmodule // top$rx$b_runt


module top$rx$b_short(d,q,clock);
    
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
          
endmodule // top$rx$b_short


module top$rx$b_start(d,q,clock);
    
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
          
endmodule // top$rx$b_start


module top$rx$b_term(d,q,clock);
    
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
          
endmodule // top$rx$b_term


module top$rx$bad_ctrl(d,q,clock);
    
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
          
endmodule // top$rx$bad_ctrl


module top$rx$bad_fcs_r(d,q,clock);
    
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
          
endmodule // top$rx$bad_fcs_r


module top$rx$count(d,q,clock);
    
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
          
endmodule // top$rx$count


module top$rx$crc(clock,start,valid,data,keep,fcs);
    
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
endmodule // top$rx$crc


module top$rx$data_r(d,q,clock);
    
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
          
endmodule // top$rx$data_r


module top$rx$error_r(d,q,clock);
    
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
          
endmodule // top$rx$error_r


module top$rx$frames_r(d,q,clock);
    
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
          
endmodule // top$rx$frames_r


module top$rx$got_pause(d,q,clock);
    
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
          
endmodule // top$rx$got_pause


module top$rx$got_unsupported(d,q,clock);
    
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
          
endmodule // top$rx$got_unsupported


module top$rx$hold(d,q,clock);
    
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
          
endmodule // top$rx$hold


module top$rx$hold_keep(d,q,clock);
    
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
          
endmodule // top$rx$hold_keep


module top$rx$hold_valid(d,q,clock);
    
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
          
endmodule // top$rx$hold_valid


module top$rx$in_frame(d,q,clock);
    
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
          
endmodule // top$rx$in_frame


module top$rx$is_bad(d,q,clock);
    
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
          
endmodule // top$rx$is_bad


module top$rx$is_ctl(d,q,clock);
    
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
          
endmodule // top$rx$is_ctl


module top$rx$is_good(d,q,clock);
    
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
          
endmodule // top$rx$is_good


module top$rx$is_over(d,q,clock);
    
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
          
endmodule // top$rx$is_over


module top$rx$is_pause(d,q,clock);
    
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
          
endmodule // top$rx$is_pause


module top$rx$is_runt(d,q,clock);
    
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
          
endmodule // top$rx$is_runt


module top$rx$keep_r(d,q,clock);
    
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
          
endmodule // top$rx$keep_r


module top$rx$last_r(d,q,clock);
    
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
          
endmodule // top$rx$last_r


module top$rx$over_f(d,q,clock);
    
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
          
endmodule // top$rx$over_f


module top$rx$oversize_r(d,q,clock);
    
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
          
endmodule // top$rx$oversize_r


module top$rx$pause_dst(d,q,clock);
    
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
          
endmodule // top$rx$pause_dst


module top$rx$pause_load_r(d,q,clock);
    
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
          
endmodule // top$rx$pause_load_r


module top$rx$pause_quanta_r(d,q,clock);
    
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
          
endmodule // top$rx$pause_quanta_r


module top$rx$pause_r(d,q,clock);
    
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
          
endmodule // top$rx$pause_r


module top$rx$quanta(d,q,clock);
    
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
          
endmodule // top$rx$quanta


module top$rx$runt_f(d,q,clock);
    
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
          
endmodule // top$rx$runt_f


module top$rx$runt_r(d,q,clock);
    
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
          
endmodule // top$rx$runt_r


module top$rx$shifted(d,q,clock);
    
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
          
endmodule // top$rx$shifted


module top$rx$short_f(d,q,clock);
    
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
          
endmodule // top$rx$short_f


module top$rx$tail(d,q,clock);
    
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
          
endmodule // top$rx$tail


module top$rx$tail_k(d,q,clock);
    
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
          
endmodule // top$rx$tail_k


module top$rx$unsupported_r(d,q,clock);
    
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
          
endmodule // top$rx$unsupported_r


module top$rx$valid_r(d,q,clock);
    
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
          
endmodule // top$rx$valid_r


module top$rx$w_c(d,q,clock);
    
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
          
endmodule // top$rx$w_c


module top$rx$w_d(d,q,clock);
    
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
          
endmodule // top$rx$w_d


module top$rx$w_start0(d,q,clock);
    
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
          
endmodule // top$rx$w_start0


module top$rx$w_start4(d,q,clock);
    
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
          
endmodule // top$rx$w_start4


module top$rx$widx(d,q,clock);
    
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
          
endmodule // top$rx$widx


module top$tx(clock,data,keep,valid,last,ready,txd,txc,pause_quanta,pause_load,pause_enable,paused,send_pause,send_pause_quanta,station,fault_local,fault_remote);
    
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
    top$tx$crc crc(
        .clock(crc$clock),
        .start(crc$start),
        .valid(crc$valid),
        .data(crc$data),
        .keep(crc$keep),
        .fcs(crc$fcs)
    );
    top$tx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$tx$widx widx(
        .d(widx$d),
        .q(widx$q),
        .clock(widx$clock)
    );
    top$tx$from_pause from_pause(
        .d(from_pause$d),
        .q(from_pause$q),
        .clock(from_pause$clock)
    );
    top$tx$padding padding(
        .d(padding$d),
        .q(padding$q),
        .clock(padding$clock)
    );
    top$tx$done done(
        .d(done$d),
        .q(done$q),
        .clock(done$clock)
    );
    top$tx$s1_data s1_data(
        .d(s1_data$d),
        .q(s1_data$q),
        .clock(s1_data$clock)
    );
    top$tx$s1_bytes s1_bytes(
        .d(s1_bytes$d),
        .q(s1_bytes$q),
        .clock(s1_bytes$clock)
    );
    top$tx$s1_keep s1_keep(
        .d(s1_keep$d),
        .q(s1_keep$q),
        .clock(s1_keep$clock)
    );
    top$tx$s1_first s1_first(
        .d(s1_first$d),
        .q(s1_first$q),
        .clock(s1_first$clock)
    );
    top$tx$s1_last s1_last(
        .d(s1_last$d),
        .q(s1_last$q),
        .clock(s1_last$clock)
    );
    top$tx$s1_poison s1_poison(
        .d(s1_poison$d),
        .q(s1_poison$q),
        .clock(s1_poison$clock)
    );
    top$tx$s1_valid s1_valid(
        .d(s1_valid$d),
        .q(s1_valid$q),
        .clock(s1_valid$clock)
    );
    top$tx$s2_data s2_data(
        .d(s2_data$d),
        .q(s2_data$q),
        .clock(s2_data$clock)
    );
    top$tx$s2_bytes s2_bytes(
        .d(s2_bytes$d),
        .q(s2_bytes$q),
        .clock(s2_bytes$clock)
    );
    top$tx$s2_poison s2_poison(
        .d(s2_poison$d),
        .q(s2_poison$q),
        .clock(s2_poison$clock)
    );
    top$tx$tail_hi tail_hi(
        .d(tail_hi$d),
        .q(tail_hi$q),
        .clock(tail_hi$clock)
    );
    top$tx$tail_hic tail_hic(
        .d(tail_hic$d),
        .q(tail_hic$q),
        .clock(tail_hic$clock)
    );
    top$tx$out_d out_d(
        .d(out_d$d),
        .q(out_d$q),
        .clock(out_d$clock)
    );
    top$tx$out_c out_c(
        .d(out_c$d),
        .q(out_c$q),
        .clock(out_c$clock)
    );
    top$tx$pend pend(
        .d(pend$d),
        .q(pend$q),
        .clock(pend$clock)
    );
    top$tx$pend_quanta pend_quanta(
        .d(pend_quanta$d),
        .q(pend_quanta$q),
        .clock(pend_quanta$clock)
    );
    top$tx$cur_quanta cur_quanta(
        .d(cur_quanta$d),
        .q(cur_quanta$q),
        .clock(cur_quanta$clock)
    );
    top$tx$quanta_left quanta_left(
        .d(quanta_left$d),
        .q(quanta_left$q),
        .clock(quanta_left$clock)
    );
    top$tx$tick tick(
        .d(tick$d),
        .q(tick$q),
        .clock(tick$clock)
    );
    top$tx$paused_r paused_r(
        .d(paused_r$d),
        .q(paused_r$q),
        .clock(paused_r$clock)
    );
    top$tx$fault_r fault_r(
        .d(fault_r$d),
        .q(fault_r$q),
        .clock(fault_r$clock)
    );
    top$tx$hold_r hold_r(
        .d(hold_r$d),
        .q(hold_r$q),
        .clock(hold_r$clock)
    );
    top$tx$late late(
        .d(late$d),
        .q(late$q),
        .clock(late$clock)
    );
    top$tx$dic dic(
        .d(dic$d),
        .q(dic$q),
        .clock(dic$clock)
    );
    top$tx$idle_req idle_req(
        .d(idle_req$d),
        .q(idle_req$q),
        .clock(idle_req$clock)
    );
    top$tx$next_lane4 next_lane4(
        .d(next_lane4$d),
        .q(next_lane4$q),
        .clock(next_lane4$clock)
    );
    top$tx$out_lane4 out_lane4(
        .d(out_lane4$d),
        .q(out_lane4$q),
        .clock(out_lane4$clock)
    );
    top$tx$carry_d carry_d(
        .d(carry_d$d),
        .q(carry_d$q),
        .clock(carry_d$clock)
    );
    top$tx$carry_c carry_c(
        .d(carry_c$d),
        .q(carry_c$q),
        .clock(carry_c$clock)
    );
    top$tx$wire_d wire_d(
        .d(wire_d$d),
        .q(wire_d$q),
        .clock(wire_d$clock)
    );
    top$tx$wire_c wire_c(
        .d(wire_c$d),
        .q(wire_c$q),
        .clock(wire_c$clock)
    );
    top$tx$gen_word gen_word(
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
    
endmodule // top$tx


module top$tx$carry_c(d,q,clock);
    
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
          
endmodule // top$tx$carry_c


module top$tx$carry_d(d,q,clock);
    
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
          
endmodule // top$tx$carry_d


module top$tx$crc(clock,start,valid,data,keep,fcs);
    
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
endmodule // top$tx$crc


module top$tx$cur_quanta(d,q,clock);
    
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
          
endmodule // top$tx$cur_quanta


module top$tx$dic(d,q,clock);
    
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
          
endmodule // top$tx$dic


module top$tx$done(d,q,clock);
    
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
          
endmodule // top$tx$done


module top$tx$fault_r(d,q,clock);
    
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
          
endmodule // top$tx$fault_r


module top$tx$from_pause(d,q,clock);
    
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
          
endmodule // top$tx$from_pause


module top$tx$gen_word(d,q,clock);
    
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
          
endmodule // top$tx$gen_word


module top$tx$hold_r(d,q,clock);
    
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
          
endmodule // top$tx$hold_r


module top$tx$idle_req(d,q,clock);
    
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
          
endmodule // top$tx$idle_req


module top$tx$late(d,q,clock);
    
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
          
endmodule // top$tx$late


module top$tx$next_lane4(d,q,clock);
    
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
          
endmodule // top$tx$next_lane4


module top$tx$out_c(d,q,clock);
    
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
    top$tx$out_c$dff dff(
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
    
endmodule // top$tx$out_c


module top$tx$out_c$dff(d,q,clock);
    
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
          
endmodule // top$tx$out_c$dff


module top$tx$out_d(d,q,clock);
    
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
    top$tx$out_d$dff dff(
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
    
endmodule // top$tx$out_d


module top$tx$out_d$dff(d,q,clock);
    
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
          
endmodule // top$tx$out_d$dff


module top$tx$out_lane4(d,q,clock);
    
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
          
endmodule // top$tx$out_lane4


module top$tx$padding(d,q,clock);
    
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
          
endmodule // top$tx$padding


module top$tx$paused_r(d,q,clock);
    
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
          
endmodule // top$tx$paused_r


module top$tx$pend(d,q,clock);
    
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
          
endmodule // top$tx$pend


module top$tx$pend_quanta(d,q,clock);
    
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
          
endmodule // top$tx$pend_quanta


module top$tx$quanta_left(d,q,clock);
    
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
          
endmodule // top$tx$quanta_left


module top$tx$s1_bytes(d,q,clock);
    
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
          
endmodule // top$tx$s1_bytes


module top$tx$s1_data(d,q,clock);
    
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
          
endmodule // top$tx$s1_data


module top$tx$s1_first(d,q,clock);
    
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
          
endmodule // top$tx$s1_first


module top$tx$s1_keep(d,q,clock);
    
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
          
endmodule // top$tx$s1_keep


module top$tx$s1_last(d,q,clock);
    
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
          
endmodule // top$tx$s1_last


module top$tx$s1_poison(d,q,clock);
    
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
          
endmodule // top$tx$s1_poison


module top$tx$s1_valid(d,q,clock);
    
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
          
endmodule // top$tx$s1_valid


module top$tx$s2_bytes(d,q,clock);
    
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
          
endmodule // top$tx$s2_bytes


module top$tx$s2_data(d,q,clock);
    
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
          
endmodule // top$tx$s2_data


module top$tx$s2_poison(d,q,clock);
    
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
          
endmodule // top$tx$s2_poison


module top$tx$state(d,q,clock);
    
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
          
endmodule // top$tx$state


module top$tx$tail_hi(d,q,clock);
    
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
          
endmodule // top$tx$tail_hi


module top$tx$tail_hic(d,q,clock);
    
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
          
endmodule // top$tx$tail_hic


module top$tx$tick(d,q,clock);
    
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
          
endmodule // top$tx$tick


module top$tx$widx(d,q,clock);
    
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
          
endmodule // top$tx$widx


module top$tx$wire_c(d,q,clock);
    
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
    top$tx$wire_c$dff dff(
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
    
endmodule // top$tx$wire_c


module top$tx$wire_c$dff(d,q,clock);
    
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
          
endmodule // top$tx$wire_c$dff


module top$tx$wire_d(d,q,clock);
    
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
    top$tx$wire_d$dff dff(
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
    
endmodule // top$tx$wire_d


module top$tx$wire_d$dff(d,q,clock);
    
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
          
endmodule // top$tx$wire_d$dff
