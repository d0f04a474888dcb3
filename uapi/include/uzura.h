/* SPDX-License-Identifier: MIT OR Apache-2.0 */
/*
 * uzura.h - ioctl ABI of /dev/uzuraN, the uzura RDMA NIC.
 *
 * Mirrors uapi/src/abi.rs and uapi/src/info.rs field for field; the test
 * uapi/tests/c_header.rs compiles this header and fails on any difference in
 * a size, offset, ioctl number or constant. Semantics and errno values:
 * docs/registers.md section 8. Byte forms of region infos and context
 * addresses: docs/protocol.md section 8.
 *
 * All structs are native-endian with explicit reserved fields, which must be
 * zero. Region infos and context addresses are opaque big-endian byte strings
 * that applications pass to their peer unchanged.
 */
#ifndef _UAPI_UZURA_H
#define _UAPI_UZURA_H

#include <linux/ioctl.h>
#include <linux/types.h>

#define UZURA_IOC_MAGIC 0xB5

/* Bytes of a region info ("UZRI", docs/protocol.md 8.1). */
#define UZURA_REGION_INFO_LEN 32
/* Bytes of a context address (docs/protocol.md 8.2). */
#define UZURA_CONTEXT_ADDR_LEN 12

/* uzura_getreginfo.access: the peer may WRITE into the region. */
#define UZURA_ACCESS_REMOTE_WRITE 0x01
/* uzura_getreginfo.access: this file may send from the region. */
#define UZURA_ACCESS_LOCAL_READ 0x02
#define UZURA_ACCESS_ALL (UZURA_ACCESS_REMOTE_WRITE | UZURA_ACCESS_LOCAL_READ)

/*
 * uzura_getreginfo.flags: [addr, addr + size) is a foreign mapping (privcmd)
 * of the Xen domain whose id is flags & UZURA_REG_DOMID_MASK. The module holds
 * the domain's frames through Xen instead of pinning pages (PV dom0 only).
 */
#define UZURA_REG_XEN_FOREIGN 0x10000
#define UZURA_REG_DOMID_MASK 0xffff
/* Xen's DOMID_FIRST_RESERVED: no guest has this domain id or a higher one. */
#define UZURA_XEN_DOMID_FIRST_RESERVED 0x7ff0

/* uzura_rdmastart.flags: block until the transfer is acknowledged. */
#define UZURA_START_WAIT 0x0001
/* uzura_poll.flags: block until complete. */
#define UZURA_POLL_WAIT 0x0001
/* uzura_poll.flags: ask about incoming transfers. */
#define UZURA_POLL_RX 0x0002

/*
 * Open a context. Out: its context address, for the peer. The context index
 * (cid) is local[6] << 8 | local[7].
 */
struct uzura_ctx_open {
	__u8 local[UZURA_CONTEXT_ADDR_LEN];
	__u32 reserved;
};

/* Connect context cid to the peer's context address. */
struct uzura_ctx_connect {
	__u16 cid;
	__u16 reserved;
	__u8 peer[UZURA_CONTEXT_ADDR_LEN];
};

/* Close context cid (EBUSY while a transfer on it is in flight). */
struct uzura_ctx_close {
	__u16 cid;
	__u16 reserved[3];
};

/*
 * getreginfo: pin [addr, addr + size) and register it with the access bits
 * given. flags: 0, or UZURA_REG_XEN_FOREIGN | domid for a foreign mapping of
 * Xen domain domid. Out: the region info.
 */
struct uzura_getreginfo {
	__u64 addr;
	__u64 size;
	__u32 access;
	__u32 flags;
	__u8 info[UZURA_REGION_INFO_LEN];
};

/* Release a region given by its info. */
struct uzura_region_release {
	__u8 info[UZURA_REGION_INFO_LEN];
};

/*
 * rdmastart: send size bytes from local region sinfo at soff to the peer's
 * region dinfo at doff on context cid. Out: seq, the transfer's number on the
 * context (written back even if a START_WAIT wait is interrupted).
 */
struct uzura_rdmastart {
	__u8 sinfo[UZURA_REGION_INFO_LEN];
	__u8 dinfo[UZURA_REGION_INFO_LEN];
	__u64 soff;
	__u64 doff;
	__u64 size;
	__u16 cid;
	__u16 flags;
	__u32 seq;
};

/*
 * poll: complete = 1 when every transfer started on cid is acknowledged
 * (with UZURA_POLL_RX: when an incoming transfer completed since the last
 * POLL_RX call); count = transfers completed so far.
 */
struct uzura_poll {
	__u16 cid;
	__u16 flags;
	__u32 complete;
	__u32 count;
	__u32 reserved;
};

#define UZURA_IOC_CTX_OPEN _IOWR(UZURA_IOC_MAGIC, 0x01, struct uzura_ctx_open)
#define UZURA_IOC_CTX_CONNECT _IOWR(UZURA_IOC_MAGIC, 0x02, struct uzura_ctx_connect)
#define UZURA_IOC_CTX_CLOSE _IOWR(UZURA_IOC_MAGIC, 0x03, struct uzura_ctx_close)
#define UZURA_IOC_GETREGINFO _IOWR(UZURA_IOC_MAGIC, 0x04, struct uzura_getreginfo)
#define UZURA_IOC_REGION_RELEASE _IOWR(UZURA_IOC_MAGIC, 0x05, struct uzura_region_release)
#define UZURA_IOC_RDMASTART _IOWR(UZURA_IOC_MAGIC, 0x06, struct uzura_rdmastart)
#define UZURA_IOC_POLL _IOWR(UZURA_IOC_MAGIC, 0x07, struct uzura_poll)

/*
 * The sizes are part of the ioctl numbers; a change here must be a change of
 * the ABI. Checked only where C11 _Static_assert exists.
 */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
_Static_assert(sizeof(struct uzura_ctx_open) == 16, "uzura_ctx_open size");
_Static_assert(sizeof(struct uzura_ctx_connect) == 16, "uzura_ctx_connect size");
_Static_assert(sizeof(struct uzura_ctx_close) == 8, "uzura_ctx_close size");
_Static_assert(sizeof(struct uzura_getreginfo) == 56, "uzura_getreginfo size");
_Static_assert(sizeof(struct uzura_region_release) == 32, "uzura_region_release size");
_Static_assert(sizeof(struct uzura_rdmastart) == 96, "uzura_rdmastart size");
_Static_assert(sizeof(struct uzura_poll) == 16, "uzura_poll size");
#endif

#endif /* _UAPI_UZURA_H */
