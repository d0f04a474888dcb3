// SPDX-License-Identifier: GPL-2.0
/*
 * See uzura_helpers.h: one kernel inline or macro per function, no logic of uzura's own,
 * except the hold on a Xen domain's frames at the end.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/pci.h>
#include <linux/vmalloc.h>
#include <linux/err.h>
#ifdef CONFIG_XEN_PV
#include <xen/xen.h>
#include <xen/interface/xen.h>
#include <asm/xen/hypercall.h>
#include <asm/xen/page.h>
#endif
#include "uzura_helpers.h"

unsigned int uzura_loopback;
module_param_named(loopback, uzura_loopback, uint, 0444);
MODULE_PARM_DESC(loopback, "number of loopback devices to create: the NIC modelled on the CPU, wired to itself (default 0)");

unsigned int uzura_rto_us;
module_param_named(rto_us, uzura_rto_us, uint, 0444);
MODULE_PARM_DESC(rto_us, "initial retransmission timeout of PCI NICs in microseconds (default 0: the driver's, 200, for a 10 GbE link; a simulated NIC wants more)");
unsigned int uzura_rto_max_ms;
module_param_named(rto_max_ms, uzura_rto_max_ms, uint, 0444);
MODULE_PARM_DESC(rto_max_ms, "longest retransmission timeout of PCI NICs in milliseconds (default 0: the driver's, 50)");

struct mm_struct *uzura_current_mm(void) { return current->mm; }
void uzura_mmgrab(struct mm_struct *mm) { mmgrab(mm); }
void uzura_mmdrop(struct mm_struct *mm) { mmdrop(mm); }
s64 uzura_pinned_vm_add(struct mm_struct *mm, s64 pages) { return atomic64_add_return(pages, &mm->pinned_vm); }
u64 uzura_memlock_limit_pages(void) { return rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT; }
u64 uzura_page_to_phys(struct page *page) { return page_to_phys(page); }
void *uzura_phys_to_virt(u64 phys) { return phys_to_virt(phys); }
u64 uzura_virt_to_phys(void *virt) { return virt_to_phys(virt); }
void uzura_cond_resched(void) { cond_resched(); }
void uzura_dma_rmb(void) { dma_rmb(); }
void *uzura_pci_get_drvdata(struct pci_dev *pdev) { return pci_get_drvdata(pdev); }
void uzura_pci_set_drvdata(struct pci_dev *pdev, void *data) { pci_set_drvdata(pdev, data); }
struct device *uzura_pci_device(struct pci_dev *pdev) { return &pdev->dev; }
u64 uzura_pci_resource_len(struct pci_dev *pdev, int bar) { return pci_resource_len(pdev, bar); }
struct pci_driver *uzura_pci_driver(struct pci_dev *pdev) { return to_pci_driver(pdev->dev.driver); }

#ifdef CONFIG_XEN_PV
/* mmu_update requests per hypercall (16 bytes each, on the stack). */
#define UZURA_XEN_BATCH 32

/*
 * The machine frames behind f->n pages from `start`, read from the caller's own page table
 * (under the mmap lock), so that a region covers only what the caller mapped.
 */
static int uzura_xen_read_frames(struct vm_area_struct *vma, unsigned long start, bool writable,
				 struct uzura_xen_frames *f)
{
	unsigned long i;

	for (i = 0; i < f->n; i++) {
		struct follow_pfnmap_args args = { .vma = vma, .address = start + (i << PAGE_SHIFT) };
		pteval_t pte = 0;

		if (follow_pfnmap_start(&args))
			return -EFAULT;
		/*
		 * args.pfn went through Xen's mfn-to-pfn translation, which has no answer for
		 * another domain's frame: take the native entry, under the page table lock that
		 * follow_pfnmap_start holds. A huge leaf (no ptep) is never a privcmd mapping.
		 */
		if (args.ptep)
			pte = native_pte_val(ptep_get(args.ptep));
		follow_pfnmap_end(&args);
		if (!(pte & _PAGE_PRESENT) || (writable && !(pte & _PAGE_RW)))
			return -EFAULT;
		f->mfns[i] = (pte & XEN_PTE_MFN_MASK) >> PAGE_SHIFT;
	}
	return 0;
}

/*
 * Maps f->mfns at a new kernel area. Xen checks that each frame is `domid`'s (the update is
 * untranslated, so it names the frame itself even for an HVM or PVH domain) and keeps a
 * reference on it while the entry maps it: the frame is neither freed nor reused, even if
 * the process unmaps it or the domain is destroyed, until vunmap clears the entries.
 */
static int uzura_xen_map_frames(struct uzura_xen_frames *f, u16 domid, bool writable)
{
	struct mmu_update req[UZURA_XEN_BATCH];
	struct page **zero;
	unsigned long i, k = 0;
	int err = 0;

	/*
	 * No exported call makes a bare kernel area with page tables: vmap the zero page
	 * read-only n times, then replace each entry. The area is fresh (the allocator flushes
	 * the TLB before it reuses addresses) and unread, so no stale entry needs flushing.
	 */
	zero = kvmalloc_array(f->n, sizeof(*zero), GFP_KERNEL | __GFP_NOWARN);
	if (!zero)
		return -ENOMEM;
	for (i = 0; i < f->n; i++)
		zero[i] = ZERO_PAGE(0);
	f->area = vmap(zero, f->n, VM_MAP, PAGE_KERNEL_RO);
	kvfree(zero);
	if (!f->area)
		return -ENOMEM;
	for (i = 0; i < f->n && !err; i++) {
		unsigned int level;
		pte_t *ptep = lookup_address((unsigned long)f->area + (i << PAGE_SHIFT), &level);

		if (!ptep || level != PG_LEVEL_4K) {
			err = -ENOMEM;
			break;
		}
		req[k].ptr = arbitrary_virt_to_machine(ptep).maddr | MMU_PT_UPDATE_NO_TRANSLATE;
		req[k].val = pte_val_ma(mfn_pte(f->mfns[i], writable ? PAGE_KERNEL : PAGE_KERNEL_RO));
		if (++k == UZURA_XEN_BATCH || i + 1 == f->n) {
			if (HYPERVISOR_mmu_update(req, k, NULL, domid) < 0)
				err = -EPERM;
			k = 0;
		}
	}
	if (err) {
		/* Clears every entry, whether it maps the zero page or a frame already. */
		vunmap(f->area);
		f->area = NULL;
	}
	return err;
}

struct uzura_xen_frames *uzura_xen_hold(unsigned long start, unsigned long n, u16 domid, bool writable)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *vma;
	struct uzura_xen_frames *f = NULL;
	int err;

	if (!xen_pv_domain())
		return ERR_PTR(-EOPNOTSUPP);
	if (!mm || !n)
		return ERR_PTR(-EFAULT);
	if (mmap_read_lock_killable(mm))
		return ERR_PTR(-EINTR);
	/* Frames read and mapped under one lock: they are those the page table names now. */
	vma = vma_lookup(mm, start);
	err = -EFAULT;
	if (!vma || (vma->vm_flags & (VM_IO | VM_PFNMAP)) != (VM_IO | VM_PFNMAP) ||
	    n > (vma->vm_end - start) >> PAGE_SHIFT)
		goto out;
	err = -ENOMEM;
	f = kvmalloc(struct_size(f, mfns, n), GFP_KERNEL | __GFP_NOWARN);
	if (!f)
		goto out;
	f->n = n;
	f->area = NULL;
	err = uzura_xen_read_frames(vma, start, writable, f);
	if (!err)
		err = uzura_xen_map_frames(f, domid, writable);
out:
	mmap_read_unlock(mm);
	if (err) {
		kvfree(f);
		return ERR_PTR(err);
	}
	return f;
}

void uzura_xen_release(struct uzura_xen_frames *frames)
{
	vunmap(frames->area);
	kvfree(frames);
}
#else
struct uzura_xen_frames *uzura_xen_hold(unsigned long start, unsigned long n, u16 domid, bool writable)
{
	return ERR_PTR(-EOPNOTSUPP);
}

void uzura_xen_release(struct uzura_xen_frames *frames)
{
}
#endif
