// SPDX-License-Identifier: GPL-2.0
/* See uzura_helpers.h: one kernel inline or macro per function, no logic of uzura's own. */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/sched/signal.h>
#include <linux/pci.h>
#include "uzura_helpers.h"

unsigned int uzura_loopback;
module_param_named(loopback, uzura_loopback, uint, 0444);
MODULE_PARM_DESC(loopback, "number of loopback devices to create: the NIC modelled on the CPU, wired to itself (default 0)");

struct mm_struct *uzura_current_mm(void) { return current->mm; }
void uzura_mmgrab(struct mm_struct *mm) { mmgrab(mm); }
void uzura_mmdrop(struct mm_struct *mm) { mmdrop(mm); }
s64 uzura_pinned_vm_add(struct mm_struct *mm, s64 pages) { return atomic64_add_return(pages, &mm->pinned_vm); }
u64 uzura_memlock_limit_pages(void) { return rlimit(RLIMIT_MEMLOCK) >> PAGE_SHIFT; }
u64 uzura_page_to_phys(struct page *page) { return page_to_phys(page); }
void *uzura_phys_to_virt(u64 phys) { return phys_to_virt(phys); }
u64 uzura_virt_to_phys(void *virt) { return virt_to_phys(virt); }
void uzura_cond_resched(void) { cond_resched(); }
void *uzura_pci_get_drvdata(struct pci_dev *pdev) { return pci_get_drvdata(pdev); }
void uzura_pci_set_drvdata(struct pci_dev *pdev, void *data) { pci_set_drvdata(pdev, data); }
struct device *uzura_pci_device(struct pci_dev *pdev) { return &pdev->dev; }
u64 uzura_pci_resource_len(struct pci_dev *pdev, int bar) { return pci_resource_len(pdev, bar); }
struct pci_driver *uzura_pci_driver(struct pci_dev *pdev) { return to_pci_driver(pdev->dev.driver); }
