/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What uzura's Rust code calls but bindgen cannot: static inline functions and macros of
 * the kernel's headers, each wrapped as a function (like the kernel's own rust/helpers/),
 * the module parameter, declared in C because 6.12's module! macro has no parameters, and
 * the hold on a Xen domain's frames, which is made of Xen's inline hypercalls and page
 * table macros.
 */
#ifndef UZURA_HELPERS_H
#define UZURA_HELPERS_H
#include <linux/types.h>

struct mm_struct;
struct page;
struct pci_dev;
struct pci_driver;

/* loopback=N: create N loopback devices (no hardware needed). */
extern unsigned int uzura_loopback;
/* rto_us=, rto_max_ms=: the PCI NICs' retransmission timeouts (0: the driver's defaults). */
extern unsigned int uzura_rto_us;
extern unsigned int uzura_rto_max_ms;

struct mm_struct *uzura_current_mm(void);
void uzura_mmgrab(struct mm_struct *mm);
void uzura_mmdrop(struct mm_struct *mm);
/* mm->pinned_vm (VmPin in /proc/PID/status): pages pinned long-term, as RDMA accounts them. */
s64 uzura_pinned_vm_add(struct mm_struct *mm, s64 pages);
/* RLIMIT_MEMLOCK of the current task, in pages. */
u64 uzura_memlock_limit_pages(void);
u64 uzura_page_to_phys(struct page *page);
void *uzura_phys_to_virt(u64 phys);
u64 uzura_virt_to_phys(void *virt);
void uzura_cond_resched(void);
void uzura_dma_rmb(void);
void *uzura_pci_get_drvdata(struct pci_dev *pdev);
void uzura_pci_set_drvdata(struct pci_dev *pdev, void *data);
struct device *uzura_pci_device(struct pci_dev *pdev);
u64 uzura_pci_resource_len(struct pci_dev *pdev, int bar);
/* The PCI driver `pdev` is being bound to (during probe) or is bound to. */
struct pci_driver *uzura_pci_driver(struct pci_dev *pdev);

/* A Xen domain's frames, held by mapping them at `area` (n pages) until released. */
struct uzura_xen_frames {
	void *area;
	unsigned long n;
	/* Machine frame numbers, one per page. */
	u64 mfns[];
};
/*
 * Holds the frames behind [start, start + n pages) of the current process, which must be
 * one VM_IO | VM_PFNMAP mapping of Xen domain `domid`'s frames (privcmd), mapped writable
 * if `writable`. Returns an ERR_PTR: -EOPNOTSUPP not a Xen PV domain; -EFAULT not such a
 * mapping, or a page not mapped (or not writable); -EPERM Xen refused a frame (not the
 * domain's, or no such domain); -ENOMEM; -EINTR.
 */
struct uzura_xen_frames *uzura_xen_hold(unsigned long start, unsigned long n, u16 domid, bool writable);
/* Unmaps (Xen drops its references on the frames) and frees what uzura_xen_hold returned. */
void uzura_xen_release(struct uzura_xen_frames *frames);

#endif
